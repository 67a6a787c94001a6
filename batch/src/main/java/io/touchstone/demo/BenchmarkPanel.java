package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a research vendor's monthly brand tracker, the benchmarks feed: NPS, CSAT and CES for
 * the own brand, its four competitors and the industry, plus delivery NPS, each with the panel's
 * sample size.
 *
 * <p>The panel interviews the market, not the company's own customers, so its own-brand figures
 * sit a little below the survey's (a panel includes lapsed and unhappy customers) and wobble with
 * panel sampling, but follow the survey month by month: the delivery collapse shows in both.
 */
final class BenchmarkPanel {

    static final String INDUSTRY = "INDUSTRY";
    static final String SOURCE = "CX Panel Q-Track";
    static final String[] HEADER = {
        "period", "brand", "touchpoint", "region", "metric", "value", "sample_size", "source"
    };

    /** Delivery questions go only to panellists who had a delivery in the month. */
    private static final double DELIVERY_SAMPLE_SHARE = 0.42;

    private static final BrandProfile OWN =
            new BrandProfile(DemoCompany.OWN_BRAND, 29, 76.5, 5.27, 28, 0, 900, 1100);

    private static final List<BrandProfile> COMPETITORS = List.of(
            new BrandProfile("Contoso", 38, 83.0, 5.45, 34, 0, 1000, 1200),
            new BrandProfile("Fabrikam", 20, 74.0, 5.05, 12, 0, 600, 800),
            new BrandProfile("Globex", 27, 78.0, 5.25, 24, 0.1, 500, 700),
            new BrandProfile("Initech", 12, 69.0, 4.85, 6, -0.25, 300, 450));

    private final SplittableRandom random;

    BenchmarkPanel(SplittableRandom random) {
        this.random = random;
    }

    /** Writes the header and all months' rows; returns the number of rows written. */
    long write(CsvWriter csv, FieldworkCalendar calendar, OwnBrandTally survey) {
        csv.writeRecord(HEADER);
        long rows = 0;
        for (int m = 0; m < FieldworkCalendar.MONTHS; m++) {
            List<BrandScores> month = new ArrayList<>();
            month.add(ownBrand(m, survey));
            for (BrandProfile competitor : COMPETITORS) {
                month.add(competitor(competitor, m));
            }
            month.add(industry(month));
            String period = calendar.month(m).toString();
            for (BrandScores scores : month) {
                rows += writeScores(csv, period, scores);
            }
        }
        return rows;
    }

    private BrandScores ownBrand(int m, OwnBrandTally survey) {
        int sample = Chance.between(random, OWN.sampleLow(), OWN.sampleHigh());
        return new BrandScores(
                OWN.brand(),
                survey.nps(m, OWN.nps()) - 2 + Chance.normal(random, 1.5),
                survey.csat(m, OWN.csat()) - 1.5 + Chance.normal(random, 1.0),
                survey.ces(m, OWN.ces()) - 0.06 + Chance.normal(random, 0.04),
                survey.deliveryNps(m, OWN.deliveryNps()) - 2 + Chance.normal(random, 2.0),
                sample,
                (int) Math.round(sample * DELIVERY_SAMPLE_SHARE));
    }

    private BrandScores competitor(BrandProfile profile, int m) {
        int sample = Chance.between(random, profile.sampleLow(), profile.sampleHigh());
        double drift = profile.npsDriftPerMonth() * m;
        return new BrandScores(
                profile.brand(),
                profile.nps() + drift + StoryLine.competitorOverallLift(profile.brand(), m) + Chance.normal(random, 1.8),
                profile.csat() + drift / 2 + Chance.normal(random, 1.0),
                profile.ces() + Chance.normal(random, 0.04),
                profile.deliveryNps() + drift + StoryLine.competitorDeliveryLift(profile.brand(), m)
                        + Chance.normal(random, 2.0),
                sample,
                (int) Math.round(sample * DELIVERY_SAMPLE_SHARE));
    }

    /** The industry figure is the sample-weighted mean of all brands the panel tracks. */
    private static BrandScores industry(List<BrandScores> brands) {
        double nps = 0;
        double csat = 0;
        double ces = 0;
        double deliveryNps = 0;
        int sample = 0;
        int deliverySample = 0;
        for (BrandScores b : brands) {
            nps += b.nps() * b.sample();
            csat += b.csat() * b.sample();
            ces += b.ces() * b.sample();
            deliveryNps += b.deliveryNps() * b.deliverySample();
            sample += b.sample();
            deliverySample += b.deliverySample();
        }
        return new BrandScores(INDUSTRY, nps / sample, csat / sample, ces / sample, deliveryNps / deliverySample,
                sample, deliverySample);
    }

    private static int writeScores(CsvWriter csv, String period, BrandScores s) {
        String brand = s.brand();
        String sample = Integer.toString(s.sample());
        csv.writeRecord(period, brand, "", "", "NPS", InboxCsv.decimal(clamp(s.nps(), -100, 100), 1), sample, SOURCE);
        csv.writeRecord(period, brand, "", "", "CSAT", InboxCsv.decimal(clamp(s.csat(), 0, 100), 1), sample, SOURCE);
        csv.writeRecord(period, brand, "", "", "CES", InboxCsv.decimal(clamp(s.ces(), 1, 7), 2), sample, SOURCE);
        csv.writeRecord(period, brand, StoryLine.TOUCHPOINT, "", "NPS",
                InboxCsv.decimal(clamp(s.deliveryNps(), -100, 100), 1), Integer.toString(s.deliverySample()), SOURCE);
        return 4;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** A brand's usual panel levels; NPS drifts by {@code npsDriftPerMonth} points a month. */
    private record BrandProfile(String brand, double nps, double csat, double ces, double deliveryNps,
            double npsDriftPerMonth, int sampleLow, int sampleHigh) {
    }

    private record BrandScores(String brand, double nps, double csat, double ces, double deliveryNps,
            int sample, int deliverySample) {
    }
}
