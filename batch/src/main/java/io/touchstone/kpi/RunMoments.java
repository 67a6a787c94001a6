package io.touchstone.kpi;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The moments and periods the operational, loop and money figures of a run are taken at. */
record RunMoments(NightlyRun run, ZoneId zone) {

    /** The run's as-of: the end of its business date, in the reporting zone. */
    OffsetDateTime asOf() {
        return run.businessDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * A period's as-of for the figures taken "as of" it (churn, revenue): its end, or the run's
     * as-of if sooner, so a period still running counts no horizon as complete that is not yet.
     */
    OffsetDateTime asOf(ReportingPeriod period) {
        OffsetDateTime end = period.endsBefore(zone);
        return end.isBefore(asOf()) ? end : asOf();
    }

    /** The periods given beside their prior only: the run's period and its prior. */
    List<ReportingPeriod> periodAndPrior() {
        return List.of(run.period().prior(), run.period());
    }

    static List<String> labels(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::label).toList();
    }
}
