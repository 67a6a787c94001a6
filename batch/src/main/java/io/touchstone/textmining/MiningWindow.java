package io.touchstone.textmining;

import io.touchstone.period.ReportingPeriod;
import java.time.ZoneId;
import java.util.List;

/**
 * The periods a run mines, in the reporting time zone: the reporting period, the prior one (for
 * the change) and the {@value #BASELINE_PERIODS} before the reporting period, which is the
 * baseline an emerging theme or term is measured against.
 */
record MiningWindow(TimeRange current, TimeRange prior, List<TimeRange> baselinePeriods) {

    /** Periods before the reporting period that a theme's or term's share is compared with. */
    static final int BASELINE_PERIODS = 8;

    static MiningWindow of(ReportingPeriod period, ZoneId zone) {
        List<TimeRange> baseline = period.trend(BASELINE_PERIODS + 1).subList(0, BASELINE_PERIODS).stream()
                .map(older -> TimeRange.of(older, zone))
                .toList();
        return new MiningWindow(TimeRange.of(period, zone), TimeRange.of(period.prior(), zone), baseline);
    }

    /**
     * The baseline periods before the prior one. Late deliveries land only in the latest two
     * periods, so these are indexed once and kept.
     */
    List<TimeRange> settledPeriods() {
        return baselinePeriods.subList(0, BASELINE_PERIODS - 1);
    }

    /** The whole baseline as one span, up to the start of the reporting period. */
    TimeRange baseline() {
        return new TimeRange(baselinePeriods.get(0).from(), current.from());
    }
}
