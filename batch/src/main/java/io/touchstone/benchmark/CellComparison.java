package io.touchstone.benchmark;

import io.touchstone.kpi.ChangeSignificance;
import io.touchstone.reports.model.Metric;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.BenchmarkGapRecord;
import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import io.touchstone.system.Decimals;

/**
 * The own brand against one other brand or the industry in a benchmark cell: the gap (own −
 * other) and whether it is significant by the rule KPI changes are tested with, which is not
 * claimed when either side has a low base.
 *
 * @param cesStandardDeviation the own survey's CES spread, standing in for the other brand's
 * @param low the sample size below which a base is low
 */
record CellComparison(Metric metric, OwnScore own, Integer rank, Double cesStandardDeviation, int low) {

    BenchmarkGapRecord gap(NightlyRun run, BenchmarkRecord other) {
        double value = other.getValue().doubleValue();
        return new BenchmarkGapRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setBenchmarkPeriod(other.getPeriod())
                .setBrand(other.getBrand())
                .setRegion(other.getRegion())
                .setTouchpoint(other.getTouchpoint())
                .setMetric(metric.name())
                .setValue(other.getValue())
                .setN(other.getSampleSize())
                .setOwnValue(Decimals.fourPlaces(own.value()))
                .setOwnN(own.n())
                .setGap(own.value() == null ? null : Decimals.fourPlaces(own.value() - value))
                .setGapSignificant(significant(other))
                .setRank(rank)
                .setSource(other.getSource())
                .setRunId(run.runId());
    }

    private Boolean significant(BenchmarkRecord other) {
        boolean otherLowBase = other.getSampleSize() != null && other.getSampleSize() < low;
        if (own.isLowBase(low) || otherLowBase) {
            return null;
        }
        double value = other.getValue().doubleValue();
        return ChangeSignificance.isSignificant(own.value(), own.se(), value,
                BenchmarkStandardError.of(metric, value, other.getSampleSize(), cesStandardDeviation));
    }
}
