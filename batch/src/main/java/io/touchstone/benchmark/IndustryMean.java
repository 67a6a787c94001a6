package io.touchstone.benchmark;

import io.touchstone.reports.model.ScopeNames;
import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The industry a cell's own score is compared with: the vendor's {@code INDUSTRY} row as given,
 * else the sample-size-weighted mean of the other brands (equal weights when sizes are missing).
 */
final class IndustryMean {

    private IndustryMean() {
    }

    /** The competitors, followed by a computed industry row when the vendor gave none and there are any. */
    static List<BenchmarkRecord> withIndustry(List<BenchmarkRecord> others) {
        List<BenchmarkRecord> compared = new ArrayList<>(others);
        if (!others.isEmpty() && others.stream().noneMatch(IndustryMean::isIndustry)) {
            compared.add(of(others));
        }
        return compared;
    }

    static boolean isIndustry(BenchmarkRecord row) {
        return row.getBrand().equals(ScopeNames.INDUSTRY);
    }

    private static BenchmarkRecord of(List<BenchmarkRecord> competitors) {
        boolean allSized = competitors.stream().allMatch(row -> row.getSampleSize() != null);
        double weightSum = 0;
        double weighted = 0;
        for (BenchmarkRecord row : competitors) {
            double weight = allSized ? row.getSampleSize() : 1;
            weightSum += weight;
            weighted += weight * row.getValue().doubleValue();
        }
        BenchmarkRecord first = competitors.get(0);
        return new BenchmarkRecord()
                .setPeriod(first.getPeriod())
                .setBrand(ScopeNames.INDUSTRY)
                .setRegion(first.getRegion())
                .setTouchpoint(first.getTouchpoint())
                .setMetric(first.getMetric())
                .setValue(BigDecimal.valueOf(weighted / weightSum).setScale(3, RoundingMode.HALF_UP))
                .setSampleSize(allSized ? (int) weightSum : null)
                .setSource("computed: " + (allSized ? "sample-size-weighted" : "plain") + " mean of "
                        + competitors.size() + " brands");
    }
}
