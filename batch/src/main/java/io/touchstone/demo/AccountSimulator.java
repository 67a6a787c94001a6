package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.touchstone.demo.AnswerSampler.Mood;
import io.touchstone.demo.DemoCompany.Region;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the billing system's accounts of every customer who answered: segment, region, annual
 * revenue in the account's currency, and whether the customer is still with the company.
 *
 * <p>Churn follows the {@link StoryLine}: within 180 days of their last answer, detractors leave
 * at twice the promoters' rate, passives in between. A churn that would fall after the export has
 * not happened yet, so customers who answered in the last half year are less often gone.
 */
final class AccountSimulator {

    static final String[] HEADER = {
        "customer_id", "segment", "region", "annual_revenue", "currency", "status", "status_changed_at"
    };

    private static final long DAY = 86_400;
    private static final long CHURN_HORIZON_SECONDS = 180 * DAY;

    private static final WeightedPick<Segment> SEGMENTS = new WeightedPick<>(
            List.of(new Segment("consumer", 650, 0.6), new Segment("premium", 2_600, 0.5),
                    new Segment("business", 24_000, 0.8)),
            78, 16, 6);

    /** Share of accounts still on the old UK ledger, billed in pounds. */
    private static final double LEDGER_SHARE = 0.22;
    private static final double LEDGER_RATE = Double.parseDouble(DemoCompany.LEDGER_RATE);

    /**
     * Chances of leaving within the horizon. The detractors' is set a little above twice the
     * promoters', so that measured as the churn KPIs measure it (the group of the latest NPS
     * answer, horizons complete by the export) the ratio comes out near two.
     */
    private static final double CHURN_PROMOTER = 0.10;
    private static final double CHURN_PASSIVE = 0.14;
    private static final double CHURN_DETRACTOR = 0.22;

    private final SplittableRandom random;
    private final long firstDay;
    private final long exportedAt;

    /**
     * @param firstDay   the start (epoch second) of the first day with responses: every account is older
     * @param exportedAt the instant (epoch second) the feed is taken: no status changes later
     */
    AccountSimulator(SplittableRandom random, long firstDay, long exportedAt) {
        this.random = random;
        this.firstDay = firstDay;
        this.exportedAt = exportedAt;
    }

    /** Writes the header and one account per customer in the ledger; returns the accounts written. */
    long write(CsvWriter csv, CustomerLedger customers) {
        csv.writeRecord(HEADER);
        int regions = DemoCompany.REGIONS.items().size();
        long[] written = {0};
        customers.forEach((number, lastAnswered, lastNpsAnswered, group) -> {
            // Customer numbers are region-striped, as ResponseSimulator hands them out.
            Region region = DemoCompany.REGIONS.items().get((number - 1) % regions);
            Segment segment = SEGMENTS.pick(random);
            double revenue = segment.medianRevenue() * StrictMath.exp(Chance.normal(random, segment.spread()));
            boolean ledger = random.nextDouble() < LEDGER_SHARE;
            // Leaving after the last answer of any kind, yet within the horizon of the NPS answer
            // whose group it follows (when a later answer without NPS leaves room for it).
            long horizonEnd = group == null ? lastAnswered + CHURN_HORIZON_SECONDS
                    : Math.max(lastAnswered + DAY, lastNpsAnswered + CHURN_HORIZON_SECONDS);
            long churnAt = lastAnswered + 1 + random.nextLong(horizonEnd - lastAnswered);
            boolean churned = random.nextDouble() < churnRate(group) && churnAt < exportedAt;
            long openedAt = firstDay - Chance.between(random, 30, 2_900) * DAY - random.nextLong(DAY);
            csv.writeRecord(InboxCsv.id('C', number, 7), segment.name(), region.name(),
                    InboxCsv.decimal(ledger ? revenue / LEDGER_RATE : revenue, 2),
                    ledger ? DemoCompany.LEDGER_CURRENCY : DemoCompany.REPORTING_CURRENCY,
                    churned ? "churned" : "active", InboxCsv.timestamp(churned ? churnAt : openedAt));
            written[0]++;
        });
        return written[0];
    }

    private static double churnRate(Mood group) {
        if (group == null) {
            return CHURN_PASSIVE;
        }
        return switch (group) {
            case PROMOTER -> CHURN_PROMOTER;
            case PASSIVE -> CHURN_PASSIVE;
            case DETRACTOR -> CHURN_DETRACTOR;
        };
    }

    /** A kind of customer with its typical yearly spend in euros. */
    private record Segment(String name, double medianRevenue, double spread) {
    }
}
