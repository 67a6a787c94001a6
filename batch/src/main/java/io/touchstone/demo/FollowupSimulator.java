package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.touchstone.demo.DemoCompany.Region;
import java.util.SplittableRandom;

/**
 * Simulates how the care teams close the loop with detractors: most are called back, usually
 * within two days, many of those calls end with the problem resolved, and for a few the team
 * decides there is nothing to do. Only what has happened by the end of the last day is written,
 * so the latest detractors may not have been called yet.
 */
final class FollowupSimulator {

    static final String[] HEADER = {"response_id", "action", "action_at", "owner"};

    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private static final double CONTACTED = 0.9;
    private static final double CONTACTED_WITHIN_SLA = 0.85;
    private static final double RESOLVED_AFTER_CONTACT = 0.65;
    private static final double NO_ACTION_IF_NOT_CONTACTED = 0.4;

    private final SplittableRandom random;
    private final long exportedAt;
    private long written;

    /** @param exportedAt the instant (epoch second) the feed is taken: nothing later has happened yet */
    FollowupSimulator(SplittableRandom random, long exportedAt) {
        this.random = random;
        this.exportedAt = exportedAt;
    }

    void start(CsvWriter csv) {
        csv.writeRecord(HEADER);
    }

    /** Writes the follow-ups of {@code response} if it is a detractor's, answered at {@code respondedAt}. */
    void follow(SurveyResponse response, long respondedAt, int monthIndex, CsvWriter csv) {
        if (response.nps() == null || response.nps() > 6) {
            return;
        }
        Region region = DemoCompany.region(response.region());
        double slip = StoryLine.callbackSlip(region.name(), monthIndex);
        if (random.nextDouble() < CONTACTED - slip / 4) {
            boolean inTime = random.nextDouble() < CONTACTED_WITHIN_SLA - slip;
            long contactedAt = respondedAt + (inTime ? Chance.between(random, 1, 46) : Chance.between(random, 50, 240))
                    * HOUR + random.nextLong(HOUR);
            write(csv, response, "contacted", contactedAt, region);
            if (random.nextDouble() < RESOLVED_AFTER_CONTACT) {
                write(csv, response, "resolved", contactedAt + Chance.between(random, 1, 10) * DAY + random.nextLong(DAY),
                        region);
            }
        } else if (random.nextDouble() < NO_ACTION_IF_NOT_CONTACTED) {
            write(csv, response, "no-action", respondedAt + Chance.between(random, 1, 5) * DAY + random.nextLong(DAY),
                    region);
        }
    }

    long written() {
        return written;
    }

    private void write(CsvWriter csv, SurveyResponse response, String action, long at, Region region) {
        if (at < exportedAt) {
            written++;
            csv.writeRecord(response.responseId(), action, InboxCsv.timestamp(at), region.careTeam());
        }
    }
}
