package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.TARGET;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.Metric;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The targets set with finance, looked up per period, metric and scope. A target filed for the
 * period itself wins; otherwise the month, quarter or year that holds the period applies.
 * Targets are the own brand's, so they apply to its scopes and to brand {@code ALL}.
 */
@Component
public final class TargetBook {

    private final DSLContext dsl;

    public TargetBook(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Lookup load(Collection<ReportingPeriod> periods) {
        Set<String> labels = new TreeSet<>();
        periods.forEach(period -> labels.addAll(period.targetLabels()));
        Map<Key, Double> targets = new HashMap<>();
        dsl.selectFrom(TARGET).where(TARGET.PERIOD.in(labels)).forEach(target -> targets.put(
                new Key(target.getPeriod(), target.getMetric(), target.getRegion(), target.getTouchpoint()),
                target.getTarget().doubleValue()));
        return new Lookup(targets);
    }

    /**
     * A target's identity as filed. The metric stays the filed code: the targets feed accepts
     * codes of metrics the KPI step does not compute (yet), and those are simply never looked up.
     */
    private record Key(String period, String metric, String region, String touchpoint) {
    }

    /** Targets held in memory for one run: a few hundred rows at most. */
    public static final class Lookup {
        private final Map<Key, Double> targets;

        private Lookup(Map<Key, Double> targets) {
            this.targets = targets;
        }

        public Double targetFor(ReportingPeriod period, Metric metric, Scope scope) {
            for (String label : period.targetLabels()) {
                Double target = targets.get(new Key(label, metric.code(), scope.region(), scope.touchpoint()));
                if (target != null) {
                    return target;
                }
            }
            return null;
        }
    }
}
