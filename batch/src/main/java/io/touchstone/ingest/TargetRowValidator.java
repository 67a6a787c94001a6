package io.touchstone.ingest;

import io.touchstone.system.BuiltRecords;
import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.period.PeriodLabel;
import io.touchstone.sql.generated.tables.records.TargetRecord;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a target line against the targets contract: a known KPI code, a period, a number. */
public final class TargetRowValidator implements ItemProcessor<FeedLine, Checked<TargetRecord>> {

    /** The KPI codes a target can be set for (README, "KPI definitions"). */
    static final Set<String> KPI_CODES = Set.of("NPS", "CSAT", "CES", "RESPONSES", "FCR", "WAIT_P50",
            "WAIT_P90", "AHT", "CALLBACK_SHARE", "SERVICE_LIFT", "LOOP_CLOSED_RATE", "LOOP_TIME_P50",
            "CHURN_RATE_PROMOTER", "CHURN_RATE_PASSIVE", "CHURN_RATE_DETRACTOR", "REVENUE_AT_RISK",
            "REVENUE_PER_NPS_POINT", "THEME_VOLUME", "THEME_SHARE", "THEME_SENTIMENT", "THEME_NPS_IMPACT");

    /** The largest target {@code numeric(12, 3)} holds in whole units. */
    private static final double MAX_TARGET = 999_999_999;

    @Override
    public Checked<TargetRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.TARGETS, line);
        PeriodLabel period = check.period("period", true);
        String metric = check.code("metric", true);
        if (metric != null && !KPI_CODES.contains(metric)) {
            check.problem(LineProblem.got("metric must be a KPI code of the KPI definitions (NPS, CSAT, CES, FCR, ...)",
                    metric));
        }
        String region = check.text("region", 128, false);
        String touchpoint = check.lowerCaseText("touchpoint", 128, false);
        BigDecimal target = check.decimal("target", -MAX_TARGET, MAX_TARGET);
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new TargetRecord())
                .setPeriod(period.label())
                .setMetric(metric)
                .setRegion(region == null ? ALL : region)
                .setTouchpoint(touchpoint == null ? ALL : touchpoint)
                .setTarget(target)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
