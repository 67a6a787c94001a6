package io.touchstone.reports;

import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.SentimentLearning;
import java.util.ArrayList;
import java.util.List;

/**
 * Every metric code of the KPI methodology with its definition and standard error, worded once
 * here for the workbook's {@code Definitions} sheet and the dashboard's notes, including the
 * money method (churn horizon, currency conversion, revenue at risk and per NPS point) with the
 * run's settings written in.
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
                    "100 × sqrt(q (1 − q) / n)"),
            new Definition("WAIT_P50", "Median wait in seconds (percentile_cont 0.5 over the interactions' waits)."
                    + " Lower is better.", ""),
            new Definition("WAIT_P90", "90th percentile of wait in seconds (percentile_cont 0.9): the wait one"
                    + " customer in ten exceeds. Lower is better.", ""),
            new Definition("AHT", "Average handle time: mean handle seconds. Lower is better.",
                    "sample standard deviation / sqrt(n)"),
            new Definition("CALLBACK_SHARE", "100 × share of interactions where a callback was offered.",
                    "100 × sqrt(q (1 − q) / n)"),
            new Definition("SERVICE_LIFT", "Mean of (csat after − csat before) over interactions with both.",
                    "sample standard deviation / sqrt(n)"),
            new Definition("LOOP_CLOSED_RATE", "100 × share of detractor responses with a contacted follow-up within"
                    + " the SLA of %SLA% hours after responding.", "100 × sqrt(q (1 − q) / n)"),
            new Definition("LOOP_TIME_P50", "Median hours from response to first contact, over contacted detractors."
                    + " Lower is better.", ""),
            churnRate("PROMOTER", "promoter (9-10)"),
            churnRate("PASSIVE", "passive (7-8)"),
            churnRate("DETRACTOR", "detractor (0-6)"),
            new Definition("REVENUE_AT_RISK", "Σ annual revenue (%CURRENCY%) of the active accounts whose latest"
                    + " response was a detractor × (CHURN_RATE_DETRACTOR − CHURN_RATE_PROMOTER) / 100: what those"
                    + " accounts are expected to take with them beyond what they would if they churned like"
                    + " promoters. Revenue sheet: at_risk_revenue × churn_gap / 100. Blank when either churn rate is"
                    + " suppressed. Lower is better.", ""),
            new Definition("REVENUE_PER_NPS_POINT", "The annual revenue (%CURRENCY%) one point of NPS retains. NPS is"
                    + " % promoters − % detractors, so one point is one detractor in 200 responding accounts becoming"
                    + " a promoter; each such account churns (CHURN_RATE_DETRACTOR − CHURN_RATE_PROMOTER) points less."
                    + " Revenue sheet: responding_accounts / 200 × churn_gap / 100 × mean_revenue, where"
                    + " responding_accounts are the active accounts with a response and mean_revenue their mean annual"
                    + " revenue.", ""),
            new Definition("churn_horizon", "An account churns against the NPS group of its latest response when it"
                    + " closed within %HORIZON% days after responding. An account whose %HORIZON% days have not passed"
                    + " yet is counted apart (Revenue sheet, <group>_horizon_incomplete) and left out of the rate's"
                    + " base, so a recent response never counts as 'stayed' before it could have churned.", ""),
            new Definition("currency", "Every amount is in %CURRENCY%, the reporting currency"
                    + " (touchstone.finance.currency): an account's annual revenue is converted from its own currency at"
                    + " the configured rate (touchstone.finance.fx-rates); an account in a currency without a rate is"
                    + " rejected at ingest, never summed as if it were %CURRENCY%.", ""),
            new Definition("SERVICE_DRIVER", "Service drivers: each response linked to its customer's most recent"
                    + " interaction before responding (customer_id). NPS of the responses whose interaction was"
                    + " resolved at first contact (yes / no), or whose wait fell in a band (e.g. < 1 min, 1-5, 5-15,"
                    + " > 15 min), against the NPS of the other linked responses of the same scope: gap = group −"
                    + " rest, significant when |gap| / sqrt(SE1² + SE2²) > 1.96; never tested with a low base.",
                    "as NPS, per side"),
            new Definition("agent_team", "KPIs sheet: ALL on every row except the operational KPIs broken down by"
                    + " the agent team that handled the interactions.", ""),
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
            new Definition("EMERGING", "A phrase (1-4 words as customers wrote them) whose share of commenting"
                    + " customers this period is significantly above its baseline (prior 8 periods) by a"
                    + " log-likelihood (G²) test, with at least 10 customers; one customer is one voice.", ""),
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

    private static Definition churnRate(String group, String answers) {
        return new Definition("CHURN_RATE_" + group, "100 × share of the accounts whose latest response was a "
                + answers + " that churned within %HORIZON% days after responding; the base is the accounts whose"
                + " %HORIZON% days have passed (see churn_horizon). Lower is better.", "100 × sqrt(q (1 − q) / n)");
    }

    /**
     * Every definition, with the run's churn horizon, loop SLA and reporting currency written in,
     * and last how sentiment was made ({@code sentiment} {@code null}: the period was not mined).
     */
    public static List<Definition> all(OperationsReport operations, SentimentLearning sentiment) {
        List<Definition> all = new ArrayList<>(all(operations));
        all.add(new Definition("SENTIMENT", sentiment == null
                ? "Sentiment (−1..1) of a text or sentence from the lexicon and its rules (negation, intensifiers,"
                        + " contrast, complaint cues); positive ≥ 0.05, negative ≤ −0.05."
                : sentiment.method(), ""));
        return all;
    }

    /** Every definition, with the run's churn horizon, loop SLA and reporting currency written in. */
    public static List<Definition> all(OperationsReport operations) {
        return ALL.stream().map(definition -> new Definition(definition.code(), fill(definition.definition(), operations),
                definition.standardError())).toList();
    }

    public static Definition of(Metric metric, OperationsReport operations) {
        return all(operations).stream().filter(definition -> definition.code().equals(metric.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No definition for " + metric.code()));
    }

    private static String fill(String text, OperationsReport operations) {
        return text.replace("%HORIZON%", String.valueOf(operations.churnHorizonDays()))
                .replace("%SLA%", String.valueOf(operations.loopSlaHours()))
                .replace("%CURRENCY%", operations.currency());
    }
}
