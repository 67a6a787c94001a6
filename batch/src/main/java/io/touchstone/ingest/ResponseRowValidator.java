package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.ResponseRecord;
import io.touchstone.system.BuiltRecords;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a survey response line against the responses contract and turns it into a row. */
public final class ResponseRowValidator implements ItemProcessor<FeedLine, Checked<ResponseRecord>> {

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;
    private final String defaultLanguage;

    public ResponseRowValidator(Supplier<TimestampWindow> windows, String defaultLanguage) {
        this.windows = windows;
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Checked<ResponseRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.RESPONSES, line);
        TimestampWindow window = windows.get();
        String responseId = check.text("response_id", 256, true);
        OffsetDateTime respondedAt = check.timestamp("responded_at", window);
        String brand = check.text("brand", 128, true);
        String touchpoint = check.lowerCaseText("touchpoint", 128, true);
        String region = check.text("region", 128, false);
        String channel = check.lowerCaseText("channel", 64, false);
        String customerId = check.text("customer_id", 256, false);
        Short nps = check.score("nps", 0, 10);
        Short csat = check.score("csat", 1, 5);
        Short ces = check.score("ces", 1, 7);
        String comment = check.optional("comment");
        String language = check.lowerCaseText("language", 16, false);
        if (nps == null && csat == null && ces == null && comment == null && !check.hasProblems()) {
            check.problem(LineProblem.of("a response needs at least one of nps, csat, ces or comment"));
        }
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new ResponseRecord())
                .setResponseId(responseId)
                .setRespondedAt(respondedAt)
                .setBrand(brand)
                .setTouchpoint(touchpoint)
                .setRegion(region == null ? Feed.UNKNOWN_REGION : region)
                .setChannel(channel)
                .setCustomerId(customerId)
                .setNps(nps)
                .setCsat(csat)
                .setCes(ces)
                .setComment(comment)
                .setLanguage(language == null ? defaultLanguage : language)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
