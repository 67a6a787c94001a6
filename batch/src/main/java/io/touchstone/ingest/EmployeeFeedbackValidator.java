package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.EmployeeFeedbackRecord;
import io.touchstone.system.BuiltRecords;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks an employee feedback line against the employee contract. */
public final class EmployeeFeedbackValidator implements ItemProcessor<FeedLine, Checked<EmployeeFeedbackRecord>> {

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;

    public EmployeeFeedbackValidator(Supplier<TimestampWindow> windows) {
        this.windows = windows;
    }

    @Override
    public Checked<EmployeeFeedbackRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.EMPLOYEE, line);
        TimestampWindow window = windows.get();
        String feedbackId = check.text("feedback_id", 256, true);
        OffsetDateTime submittedAt = check.timestamp("submitted_at", window);
        String department = check.text("department", 128, false);
        String region = check.text("region", 128, false);
        String text = check.required("text");
        Short score = check.score("score", 0, 10);
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new EmployeeFeedbackRecord())
                .setFeedbackId(feedbackId)
                .setSubmittedAt(submittedAt)
                .setDepartment(department)
                .setRegion(region == null ? Feed.UNKNOWN_REGION : region)
                .setText(text)
                .setScore(score)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
