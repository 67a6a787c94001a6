package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.InteractionRecord;
import io.touchstone.system.BuiltRecords;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a service interaction line (a call, chat or ticket) against the interactions contract. */
public final class InteractionRowValidator implements ItemProcessor<FeedLine, Checked<InteractionRecord>> {

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;

    public InteractionRowValidator(Supplier<TimestampWindow> windows) {
        this.windows = windows;
    }

    @Override
    public Checked<InteractionRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.INTERACTIONS, line);
        TimestampWindow window = windows.get();
        String interactionId = check.text("interaction_id", 256, true);
        String customerId = check.text("customer_id", 256, false);
        OffsetDateTime openedAt = check.timestamp("opened_at", window);
        OffsetDateTime closedAt = check.optionalTimestamp("closed_at", window);
        check.inOrder("opened_at", openedAt, "closed_at", closedAt);
        // Lower-cased as the responses' are, so interactions and responses meet in the same scopes.
        String channel = check.lowerCaseText("channel", 64, false);
        String touchpoint = check.lowerCaseText("touchpoint", 128, true);
        String region = check.text("region", 128, false);
        Integer waitSeconds = check.nonNegativeInteger("wait_seconds");
        Integer handleSeconds = check.nonNegativeInteger("handle_seconds");
        Boolean firstContactResolved = check.yesOrNo("first_contact_resolved");
        Boolean callbackOffered = check.yesOrNo("callback_offered");
        Short csatBefore = check.score("csat_before", 1, 5);
        Short csatAfter = check.score("csat_after", 1, 5);
        String agentTeam = check.text("agent_team", 128, false);
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new InteractionRecord())
                .setInteractionId(interactionId)
                .setCustomerId(customerId)
                .setOpenedAt(openedAt)
                .setClosedAt(closedAt)
                .setChannel(channel)
                .setTouchpoint(touchpoint)
                .setRegion(region == null ? Feed.UNKNOWN_REGION : region)
                .setWaitSeconds(waitSeconds)
                .setHandleSeconds(handleSeconds)
                .setFirstContactResolved(firstContactResolved)
                .setCallbackOffered(callbackOffered)
                .setCsatBefore(csatBefore)
                .setCsatAfter(csatAfter)
                .setAgentTeam(agentTeam)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
