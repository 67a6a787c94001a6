package io.touchstone.benchmark;

import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import java.util.List;

/**
 * The own brand's position among the brands of a cell, 1 being the best score. Brands with a low
 * base do not count, nor does the industry; an own score with a low base gets no rank.
 */
final class BrandRank {

    private BrandRank() {
    }

    static Integer of(OwnScore own, List<BenchmarkRecord> others, int low) {
        if (own.value() == null || own.isLowBase(low)) {
            return null;
        }
        double ownValue = own.value();
        return 1 + (int) others.stream()
                .filter(row -> !IndustryMean.isIndustry(row))
                .filter(row -> row.getSampleSize() == null || row.getSampleSize() >= low)
                .filter(row -> row.getValue().doubleValue() > ownValue)
                .count();
    }
}
