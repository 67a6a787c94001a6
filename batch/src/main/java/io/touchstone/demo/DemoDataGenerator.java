package io.touchstone.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a believable company's CX data into an inbox, in the feed formats of the contract:
 * 15 months of daily survey responses ({@code responses_demo.csv.gz}), monthly competitor
 * benchmarks ({@code benchmarks_demo.csv}) and targets ({@code targets_demo.csv}).
 *
 * <p>Deterministic: the same seed, last day and size give byte-identical files. Streaming: a
 * million responses need no more memory than a thousand.
 */
public final class DemoDataGenerator {

    private static final int MONTHS = 15;
    private static final String SOURCE = "CX Panel Q-Track";

    /** Usual NPS, CSAT and CES of each brand in the research panel. */
    private static final Map<String, double[]> PANEL = Map.of(
            DemoCompany.OWN_BRAND, new double[] {27, 76, 5.2},
            "Contoso", new double[] {22, 74, 5.0},
            "Fabrikam", new double[] {30, 78, 5.3},
            "Globex", new double[] {15, 70, 4.8},
            "Initech", new double[] {26, 75, 5.1});

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes the three files for the 15 calendar months ending with the month of {@code lastDay}
     * (daily responses up to and including {@code lastDay}).
     */
    public DemoDataset generate(Path inbox, LocalDate lastDay, int responses) throws IOException {
        Files.createDirectories(inbox);
        YearMonth lastMonth = YearMonth.from(lastDay);
        YearMonth firstMonth = lastMonth.minusMonths(MONTHS - 1);
        SplittableRandom random = new SplittableRandom(seed);

        Path responsesFile = inbox.resolve("responses_demo.csv.gz");
        try (DemoCsvWriter csv = DemoCsvWriter.create(responsesFile)) {
            new ResponseSimulator(random.split(), firstMonth.atDay(1), lastDay).write(csv, responses);
        }
        Path benchmarksFile = inbox.resolve("benchmarks_demo.csv");
        long benchmarkRows;
        try (DemoCsvWriter csv = DemoCsvWriter.create(benchmarksFile)) {
            writeBenchmarks(csv, firstMonth, lastMonth, random.split());
            benchmarkRows = csv.rows();
        }
        Path targetsFile = inbox.resolve("targets_demo.csv");
        long targetRows;
        try (DemoCsvWriter csv = DemoCsvWriter.create(targetsFile)) {
            writeTargets(csv, firstMonth, lastMonth);
            targetRows = csv.rows();
        }
        return new DemoDataset(List.of(responsesFile, benchmarksFile, targetsFile), responses, benchmarkRows,
                targetRows, DemoCompany.OWN_BRAND, DemoCompany.STORY_REGION, DemoCompany.STORY_TOUCHPOINT,
                DemoCompany.STORY_COMPETITOR);
    }

    private static void writeBenchmarks(DemoCsvWriter csv, YearMonth first, YearMonth last, SplittableRandom random)
            throws IOException {
        csv.header("period", "brand", "touchpoint", "region", "metric", "value", "sample_size", "source");
        List<String> brands = new ArrayList<>();
        brands.add(DemoCompany.OWN_BRAND);
        brands.addAll(DemoCompany.COMPETITORS);
        String[] metrics = {"NPS", "CSAT", "CES"};
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            int monthsBeforeLast = (int) first.until(last, ChronoUnit.MONTHS)
                    - (int) first.until(month, ChronoUnit.MONTHS);
            double[] industry = new double[3];
            int industrySample = 0;
            for (String brand : brands) {
                int sample = 300 + random.nextInt(900);
                for (int m = 0; m < metrics.length; m++) {
                    double value = PANEL.get(brand)[m] + noise(random, m == 2 ? 0.1 : 1.5);
                    if (m == 0 && brand.equals(DemoCompany.STORY_COMPETITOR) && monthsBeforeLast <= 1) {
                        value += monthsBeforeLast == 0 ? 5 : 3;
                    }
                    industry[m] += value * sample;
                    csv.row(month.toString(), brand, "", "", metrics[m], decimal(value, m == 2 ? 2 : 1),
                            Integer.toString(sample), SOURCE);
                }
                industrySample += sample;
                csv.row(month.toString(), brand, DemoCompany.STORY_TOUCHPOINT, "", "NPS",
                        decimal(deliveryNps(brand, monthsBeforeLast) + noise(random, 1.5), 1),
                        Integer.toString(sample / 3), SOURCE);
            }
            for (int m = 0; m < metrics.length; m++) {
                csv.row(month.toString(), "INDUSTRY", "", "", metrics[m],
                        decimal(industry[m] / industrySample, m == 2 ? 2 : 1), Integer.toString(industrySample), SOURCE);
            }
        }
    }

    /** Delivery NPS in the panel: the own brand slips as the story unfolds, Fabrikam climbs. */
    private static double deliveryNps(String brand, int monthsBeforeLast) {
        double usual = PANEL.get(brand)[0] - 2;
        if (brand.equals(DemoCompany.OWN_BRAND) && monthsBeforeLast <= 1) {
            return usual - (monthsBeforeLast == 0 ? 14 : 7);
        }
        if (brand.equals(DemoCompany.STORY_COMPETITOR) && monthsBeforeLast <= 1) {
            return usual + (monthsBeforeLast == 0 ? 16 : 8);
        }
        return usual;
    }

    private static void writeTargets(DemoCsvWriter csv, YearMonth first, YearMonth last) throws IOException {
        csv.header("period", "metric", "region", "touchpoint", "target");
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            csv.row(month.toString(), "NPS", "", "", "32");
            csv.row(month.toString(), "CSAT", "", "", "80");
            csv.row(month.toString(), "CES", "", "", "5.3");
            csv.row(month.toString(), "NPS", DemoCompany.STORY_REGION, "", "30");
            csv.row(month.toString(), "NPS", "", DemoCompany.STORY_TOUCHPOINT, "28");
        }
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            csv.row(Integer.toString(year), "NPS", "", "", "30");
        }
    }

    private static double noise(SplittableRandom random, double spread) {
        return (random.nextDouble() * 2 - 1) * spread;
    }

    private static String decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
