package io.touchstone.ingest;

import io.touchstone.system.BuiltRecords;
import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.reports.model.ScopeNames.INDUSTRY;

import io.touchstone.period.PeriodLabel;
import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a competitor benchmark line against the benchmarks contract and turns it into a row. */
public final class BenchmarkRowValidator implements ItemProcessor<FeedLine, Checked<BenchmarkRecord>> {

    private static final Set<String> METRICS = Set.of("NPS", "CSAT", "CES");

    @Override
    public Checked<BenchmarkRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.BENCHMARKS, line);
        PeriodLabel period = check.period("period", false);
        String brand = check.text("brand", 128, true);
        String touchpoint = check.lowerCaseText("touchpoint", 128, false);
        String region = check.text("region", 128, false);
        String metric = check.code("metric", true);
        BigDecimal value = null;
        if (metric != null && !METRICS.contains(metric)) {
            check.problem(LineProblem.got("metric must be NPS, CSAT or CES", metric));
        } else if (metric != null) {
            value = switch (metric) {
                case "NPS" -> check.decimal("value", -100, 100);
                case "CSAT" -> check.decimal("value", 0, 100);
                default -> check.decimal("value", 1, 7);
            };
        }
        Integer sampleSize = check.positiveInteger("sample_size");
        String source = check.text("source", 256, false);
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new BenchmarkRecord())
                .setPeriod(period.label())
                .setPeriodStart(period.start())
                .setPeriodEnd(period.end())
                .setBrand(brand.equalsIgnoreCase(INDUSTRY) ? INDUSTRY : brand)
                .setRegion(region == null ? ALL : region)
                .setTouchpoint(touchpoint == null ? ALL : touchpoint)
                .setMetric(metric)
                .setValue(value)
                .setSampleSize(sampleSize)
                .setSource(source)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
