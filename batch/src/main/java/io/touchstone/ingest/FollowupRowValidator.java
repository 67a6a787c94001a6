package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.FollowupRecord;
import io.touchstone.system.BuiltRecords;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks a follow-up line (closing the loop with a customer who gave feedback) against the
 * followups contract. Its response need not be in the warehouse: a follow-up may arrive before
 * its response, and is kept.
 */
public final class FollowupRowValidator implements ItemProcessor<FeedLine, Checked<FollowupRecord>> {

    private static final Set<String> ACTIONS = Set.of("contacted", "resolved", "no-action");

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;

    public FollowupRowValidator(Supplier<TimestampWindow> windows) {
        this.windows = windows;
    }

    @Override
    public Checked<FollowupRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.FOLLOWUPS, line);
        TimestampWindow window = windows.get();
        String responseId = check.text("response_id", 256, true);
        String action = check.lowerCaseText("action", 16, true);
        if (action != null && !ACTIONS.contains(action)) {
            check.problem(LineProblem.got("action must be contacted, resolved or no-action", action));
        }
        OffsetDateTime actionAt = check.timestamp("action_at", window);
        String owner = check.text("owner", 256, false);
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new FollowupRecord())
                .setResponseId(responseId)
                .setAction(action)
                // action_at is part of the key, which the upsert compares as Java values: the same
                // instant written with two offsets must be one key, or one statement would update
                // the same row twice.
                .setActionAt(actionAt.withOffsetSameInstant(ZoneOffset.UTC))
                .setOwner(owner)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
