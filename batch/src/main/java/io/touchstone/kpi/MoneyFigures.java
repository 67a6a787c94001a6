package io.touchstone.kpi;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.Metric;
import java.util.EnumMap;
import java.util.Map;

/**
 * CX in money for one scope, from its NPS groups' churn tallies (README, "CX in money"):
 * the churn rate of each group; revenue at risk, the detractors' active revenue times the
 * detractor − promoter churn gap (none below zero: a group churning less is no risk); and revenue
 * per NPS point, respondingAccounts / 200 × gap / 100 × their mean revenue, since one point of NPS
 * is one detractor in 200 responding accounts becoming a promoter.
 *
 * <p>The two money figures are drawn from both churn rates, so their base ({@code n}) is the
 * smaller of the two rates' bases: low when either rate is, suppressed (no value) when either is.
 */
public final class MoneyFigures {

    private MoneyFigures() {
    }

    public static Map<Metric, KpiEstimate> estimates(Map<NpsGroup, ChurnTally> groups, BaseRule baseRule) {
        Map<Metric, KpiEstimate> estimates = new EnumMap<>(Metric.class);
        for (NpsGroup group : NpsGroup.values()) {
            ChurnTally tally = groups.getOrDefault(group, ChurnTally.NONE);
            estimates.put(group.churnRate(), ShareCalculator.estimate(group.churnRate(), tally.accounts(), tally.churned()));
        }
        ChurnTally detractors = groups.getOrDefault(NpsGroup.DETRACTOR, ChurnTally.NONE);
        Double gap = churnGap(estimates.get(Metric.CHURN_RATE_DETRACTOR), estimates.get(Metric.CHURN_RATE_PROMOTER),
                baseRule);
        long base = Math.min(estimates.get(Metric.CHURN_RATE_DETRACTOR).n(), estimates.get(Metric.CHURN_RATE_PROMOTER).n());
        long responding = 0;
        double revenue = 0;
        for (ChurnTally tally : groups.values()) {
            responding += tally.activeAccounts();
            revenue += tally.activeRevenue();
        }
        Double atRisk = gap == null ? null : detractors.activeRevenue() * Math.max(0, gap) / 100;
        Double perPoint = gap == null || responding == 0 ? null
                : responding / 200.0 * gap / 100 * (revenue / responding);
        estimates.put(Metric.REVENUE_AT_RISK, MeanCalculator.exact(Metric.REVENUE_AT_RISK, base, atRisk));
        estimates.put(Metric.REVENUE_PER_NPS_POINT,
                MeanCalculator.exact(Metric.REVENUE_PER_NPS_POINT, base, perPoint));
        return estimates;
    }

    /** CHURN_RATE_DETRACTOR − CHURN_RATE_PROMOTER in points; {@code null} when either is suppressed. */
    public static Double churnGap(KpiEstimate detractor, KpiEstimate promoter, BaseRule baseRule) {
        if (detractor.value() == null || promoter.value() == null
                || baseRule.classify(detractor.n()) == BaseFlag.SUPPRESSED
                || baseRule.classify(promoter.n()) == BaseFlag.SUPPRESSED) {
            return null;
        }
        return detractor.value() - promoter.value();
    }
}
