package io.touchstone.benchmark;

import io.touchstone.kpi.KpiEstimate;
import io.touchstone.reports.model.Metric;
import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import java.util.Optional;

/**
 * The own brand's score a cell's competitors are compared with, its sample size and standard
 * error; all {@code null} when neither the vendor nor the own survey has one.
 */
record OwnScore(Double value, Long n, Double se) {

    private static final OwnScore NONE = new OwnScore(null, null, null);

    /**
     * The vendor's score for the own brand where the vendor measured it — like for like with the
     * competitors' — else the own survey over the benchmark's period and scope.
     */
    static OwnScore choose(Metric metric, Optional<BenchmarkRecord> vendorOwn, KpiEstimate survey) {
        if (vendorOwn.isPresent()) {
            BenchmarkRecord own = vendorOwn.get();
            double value = own.getValue().doubleValue();
            Long n = own.getSampleSize() == null ? null : own.getSampleSize().longValue();
            return new OwnScore(value, n, BenchmarkStandardError.of(metric, value, own.getSampleSize(),
                    BenchmarkStandardError.cesStandardDeviation(survey)));
        }
        if (survey != null && survey.value() != null) {
            return new OwnScore(survey.value(), survey.n(), survey.se());
        }
        return NONE;
    }

    /** Whether the score rests on fewer answers than {@code low}: then it is neither ranked nor tested. */
    boolean isLowBase(int low) {
        return n != null && n < low;
    }
}
