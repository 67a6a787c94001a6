package io.touchstone.publish;

import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.reports.model.ScopeNames.INDUSTRY;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.HeatmapCell;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.TrendPoint;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The KPI rows of a copy, read from {@code kpi_value}, and what is drawn from them: the NPS
 * trend, the heatmap and the headline tiles. Suppressed values are
 * blanked here, in {@link #kpiRow}, the one place a stored KPI becomes a report row, so no
 * report can show them.
 */
@Component
final class KpiSection {

    /**
     * The survey headlines (page 1's tiles), then the operational, loop and money ones the
     * workbook's Summary also names; page 1 reads only the survey ones.
     */
    private static final List<Metric> HEADLINE_METRICS = List.of(Metric.NPS, Metric.CSAT, Metric.CES, Metric.RESPONSES,
            Metric.FCR, Metric.WAIT_P90, Metric.AHT, Metric.LOOP_CLOSED_RATE, Metric.REVENUE_AT_RISK,
            Metric.REVENUE_PER_NPS_POINT);

    private final DSLContext dsl;
    private final TouchstoneProperties properties;

    KpiSection(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    /** Every KPI row of the period the copy may show: aggregates first, metrics in their order. */
    List<KpiRow> rows(ReportingPeriod period, ReportScope scope) {
        return dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq(period.kind().code()).and(KPI_VALUE.PERIOD.eq(period.label())))
                .and(scope.condition(KPI_VALUE.REGION, KPI_VALUE.TOUCHPOINT))
                .orderBy(KPI_VALUE.BRAND.ne(ALL), KPI_VALUE.BRAND, KPI_VALUE.REGION.ne(ALL), KPI_VALUE.REGION,
                        KPI_VALUE.TOUCHPOINT.ne(ALL), KPI_VALUE.TOUCHPOINT)
                .fetch(KpiSection::kpiRow)
                .stream()
                .sorted(Comparator.comparing(KpiRow::metric))
                .toList();
    }

    /** The own brand's NPS in the copy's own scope over the trend's periods, oldest first; gaps stay gaps. */
    List<TrendPoint> trend(ReportingPeriod period, ReportScope scope) {
        return trend(period, scope, Metric.NPS);
    }

    /** The own brand's {@code metric} in the copy's own scope over the trend's periods, oldest first. */
    List<TrendPoint> trend(ReportingPeriod period, ReportScope scope, Metric metric) {
        List<ReportingPeriod> periods = period.trend(properties.reporting().trendPeriods());
        Map<String, KpiRow> stored = dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq(period.kind().code()))
                .and(KPI_VALUE.PERIOD.in(periods.stream().map(ReportingPeriod::label).toList()))
                .and(KPI_VALUE.BRAND.eq(properties.ownBrand()))
                .and(KPI_VALUE.REGION.eq(scope.ownRegion()))
                .and(KPI_VALUE.TOUCHPOINT.eq(scope.ownTouchpoint()))
                .and(KPI_VALUE.METRIC.eq(metric.code()))
                .fetch(KpiSection::kpiRow)
                .stream()
                .collect(Collectors.toMap(KpiRow::period, Function.identity()));
        return periods.stream().map(point -> {
            KpiRow row = stored.get(point.label());
            return row == null
                    ? new TrendPoint(point.label(), point.start(), null, null, null, null, 0, BaseFlag.SUPPRESSED)
                    : new TrendPoint(point.label(), point.start(), row.value(), row.ciLow(), row.ciHigh(),
                            row.target(), row.n(), row.base());
        }).toList();
    }

    /** NPS of the own brand per touchpoint and region (totals included), each with its journey stage. */
    List<HeatmapCell> heatmap(List<KpiRow> kpis) {
        JourneyMap journey = new JourneyMap(properties.reporting().journeyStages());
        return kpis.stream()
                .filter(row -> row.metric() == Metric.NPS && row.brand().equals(properties.ownBrand()))
                .map(row -> new HeatmapCell(row.touchpoint().equals(ALL) ? "" : journey.stageOf(row.touchpoint()),
                        row.touchpoint().equals(ALL) ? -1 : journey.orderOf(row.touchpoint()),
                        row.touchpoint(), row.region(), row.value(), row.n(), row.base()))
                .toList();
    }

    /**
     * The company's headline tiles, the same on every copy: every scope keeps the company rows
     * (region and touchpoint ALL), so they are among {@code kpis} and {@code benchmarks}.
     */
    List<HeadlineKpi> headlines(ReportingPeriod period, List<KpiRow> kpis, List<BenchmarkRow> benchmarks) {
        return HEADLINE_METRICS.stream().map(metric -> headline(period, metric, kpis, benchmarks)).toList();
    }

    private HeadlineKpi headline(ReportingPeriod period, Metric metric, List<KpiRow> kpis,
            List<BenchmarkRow> benchmarks) {
        KpiRow current = kpis.stream()
                .filter(row -> row.metric() == metric && row.brand().equals(properties.ownBrand())
                        && row.region().equals(ALL) && row.touchpoint().equals(ALL))
                .findFirst()
                .orElseGet(() -> emptyRow(period, metric));
        List<BenchmarkRow> company = benchmarks.stream()
                .filter(row -> row.metric() == metric && row.region().equals(ALL) && row.touchpoint().equals(ALL))
                .toList();
        Optional<BenchmarkRow> industry = company.stream().filter(row -> row.brand().equals(INDUSTRY)).findFirst();
        Optional<BenchmarkRow> best = company.stream()
                .filter(row -> !row.brand().equals(INDUSTRY))
                .filter(row -> row.n() == null || row.n() >= properties.base().low())
                .max(Comparator.comparingDouble(BenchmarkRow::value));
        return new HeadlineKpi(metric, metric.label(), current,
                industry.map(BenchmarkRow::value).orElse(null),
                industry.map(BenchmarkRow::gap).orElse(null),
                industry.map(BenchmarkRow::gapSignificant).orElse(null),
                best.map(BenchmarkRow::brand).orElse(null),
                best.map(BenchmarkRow::value).orElse(null),
                best.map(BenchmarkRow::gap).orElse(null),
                best.map(BenchmarkRow::gapSignificant).orElse(null),
                company.isEmpty() ? null : company.get(0).period());
    }

    private static KpiRow emptyRow(ReportingPeriod period, Metric metric) {
        return new KpiRow(period.label(), period.start(), period.end(), ALL, ALL, ALL, metric,
                null, 0, null, null, null, null, null, null, null, BaseFlag.SUPPRESSED, null);
    }

    static KpiRow kpiRow(KpiValueRecord row) {
        BaseFlag base = BaseFlag.fromCode(row.getBase());
        boolean shown = base != BaseFlag.SUPPRESSED;
        return new KpiRow(row.getPeriod(), row.getPeriodStart(), row.getPeriodEnd(), row.getBrand(), row.getRegion(),
                row.getTouchpoint(), Metric.fromCode(row.getMetric()),
                shown ? number(row.getValue()) : null, row.getN(),
                shown ? number(row.getCiLow()) : null, shown ? number(row.getCiHigh()) : null,
                shown ? number(row.getPriorValue()) : null, shown ? number(row.getChange()) : null,
                shown ? row.getChangeSignificant() : null, number(row.getTarget()),
                row.getStatus() == null || !shown ? null : TargetStatus.fromCode(row.getStatus()),
                base, shown ? number(row.getLastYearValue()) : null);
    }

    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
