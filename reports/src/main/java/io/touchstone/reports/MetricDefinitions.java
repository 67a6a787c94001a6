package io.touchstone.reports;

import io.touchstone.reports.model.Metric;
import java.util.List;

/**
 * Every metric code of the KPI methodology with its definition and standard error, worded once
 * here for the workbook's {@code Definitions} sheet and the dashboard's notes.
 */
public final class MetricDefinitions {

    /** One metric's definition. */
    public record Definition(String code, String definition, String standardError) {
    }

    private static final List<Definition> ALL = List.of(
            new Definition("NPS", "Net Promoter Score: 100 × (promoters − detractors) / n over responses with an nps"
                    + " answer; promoter = 9-10, detractor = 0-6. 95 % interval: value ± 1.96 × SE, clipped to −100..100.",
                    "100 × sqrt((p + d − (p − d)²) / n), p and d the promoter and detractor shares"),
            new Definition("CSAT", "Customer satisfaction: 100 × share of csat answers that are 4 or 5 (top-2-box).",
                    "100 × sqrt(q (1 − q) / n)"),
            new Definition("CES", "Customer effort: mean of ces answers (1-7, 7 = very easy).",
                    "sample standard deviation / sqrt(n)"),
            new Definition("RESPONSES", "Count of responses in scope. A count, not an estimate: always shown,"
                    + " never greyed or suppressed.", ""),
            new Definition("FCR", "First-contact resolution: 100 × share of interactions resolved at first contact.",
                    ""),
            new Definition("WAIT_P50", "Median wait in seconds.", ""),
            new Definition("WAIT_P90", "90th percentile of wait in seconds.", ""),
            new Definition("AHT", "Average handle time: mean handle seconds.", ""),
            new Definition("CALLBACK_SHARE", "100 × share of interactions where a callback was offered.", ""),
            new Definition("SERVICE_LIFT", "Mean of (csat after − csat before) over interactions with both.", ""),
            new Definition("LOOP_CLOSED_RATE", "100 × share of detractor responses contacted within the SLA"
                    + " (default 48 hours).", ""),
            new Definition("LOOP_TIME_P50", "Median hours from response to first contact, over contacted detractors.",
                    ""),
            new Definition("CHURN_RATE_<group>", "Share of accounts whose latest response was in the group (promoter,"
                    + " passive, detractor) that churned within the horizon (default 180 days) after responding.", ""),
            new Definition("REVENUE_AT_RISK", "Annual revenue of active accounts whose latest response was a detractor"
                    + " × (churn rate of detractors − churn rate of promoters).", ""),
            new Definition("REVENUE_PER_NPS_POINT", "Revenue retained per point of NPS, from the churn-rate gap"
                    + " between promoters and detractors.", ""),
            new Definition("GAP", "Benchmark gap: own value − competitor value for the metric, period and scope the"
                    + " benchmark covers; significant when |gap| / sqrt(SE1² + SE2²) > 1.96. INDUSTRY is used as given,"
                    + " else the sample-size-weighted mean of the other brands.", "from the value and sample size"),
            new Definition("RANK", "Own brand's position among all brands with a value (1 = best); low bases"
                    + " (n < 30) excluded.", ""),
            new Definition("THEME_VOLUME", "Responses mentioning the theme.", ""),
            new Definition("THEME_SHARE", "100 × theme volume / responses with a comment.", ""),
            new Definition("THEME_SENTIMENT", "Mean sentiment (−1..1) of the sentences that mention the theme.", ""),
            new Definition("THEME_NPS_IMPACT", "NPS of all responses − NPS of the responses that do not mention the"
                    + " theme.", ""),
            new Definition("EMERGING", "A term or phrase whose share this period is significantly above its baseline"
                    + " (prior 8 periods) by a log-likelihood (G²) test, with a minimum count.", ""),
            new Definition("SHARED_FRUSTRATION", "A theme negative in both customer comments and employee feedback"
                    + " in the same period.", ""),
            new Definition("change_significant", "A change is significant when |v1 − v2| / sqrt(SE1² + SE2²) > 1.96;"
                    + " never tested with a low base.", ""),
            new Definition("base", "ok; low (n < 30: shown greyed, never ranked or tested); suppressed (n < 10: not"
                    + " shown). Applies to rates and means (NPS, CSAT, CES, theme rates), never to the count"
                    + " of responses.", ""),
            new Definition("status", "green: meets the target; amber: misses by less than its own 95 % margin;"
                    + " red: misses by more; blank: no target.", ""));

    private MetricDefinitions() {
    }

    public static List<Definition> all() {
        return ALL;
    }

    public static Definition of(Metric metric) {
        return ALL.stream().filter(definition -> definition.code().equals(metric.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No definition for " + metric.code()));
    }
}
