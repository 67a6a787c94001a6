package io.touchstone.cli.bench;

import io.touchstone.kpi.ResponseTallies;
import io.touchstone.period.ReportingPeriod;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The floor under the survey KPIs: the {@code GROUP BY CUBE} tally alone, for the periods the
 * outcome KPI step tallies (the trend and the same period last year) — none of the estimates,
 * comparisons, targets or rows written.
 */
final class CubeFloor {

    private CubeFloor() {
    }

    static Measured tally(ResponseTallies tallies, ReportingPeriod period, int trendPeriods, ZoneId zone) {
        Set<ReportingPeriod> periods = new LinkedHashSet<>(period.trend(trendPeriods + 1));
        periods.add(period.sameLastYear());
        long start = System.nanoTime();
        long scopes = 0;
        for (ReportingPeriod each : periods) {
            scopes += tallies.tally(each.startsAt(zone), each.endsBefore(zone)).size();
        }
        return Measured.since(start, scopes);
    }
}
