package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.reports.model.ScopeNames.INDUSTRY;

import io.touchstone.reports.GridTable.Tone;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The benchmark page's content: the NPS gap to each competitor per touchpoint (a chart), the
 * survey benchmarks as a table of every brand's score per metric and touchpoint beside the own
 * brand's, and the social benchmark from posts. A competitor cell is coloured only when the gap
 * is significant, green where the own brand is ahead, red where it is behind.
 */
final class BenchmarkTables {


    private BenchmarkTables() {
    }

    /** Rows of the gap chart: one bar per competitor and touchpoint, NPS points (own − competitor). */
    static List<Map<String, ?>> npsGaps(CxPeriodReport report) {
        List<Map<String, ?>> bars = new ArrayList<>();
        report.benchmarks().stream()
                .filter(row -> row.metric() == Metric.NPS && row.gap() != null)
                .sorted(Comparator.comparing((BenchmarkRow row) -> row.brand().equals(INDUSTRY))
                        .thenComparing(BenchmarkRow::brand)
                        .thenComparing(row -> !(row.region().equals(ALL) && row.touchpoint().equals(ALL))))
                .forEach(row -> {
                    Map<String, Object> bar = new HashMap<>();
                    bar.put("brand", row.brand().equals(INDUSTRY) ? "Industry" : row.brand());
                    bar.put("scope", scope(row.region(), row.touchpoint()));
                    bar.put("gap", row.gap());
                    bars.add(bar);
                });
        return bars;
    }

    static GridTable survey(CxPeriodReport report, DashboardText text) {
        List<BenchmarkRow> rows = report.benchmarks().stream().filter(BenchmarkTables::isSurvey).toList();
        List<String> brands = brands(rows);
        Map<String, List<BenchmarkRow>> scopes = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(BenchmarkRow::metric)
                        .thenComparing(row -> !row.region().equals(ALL)).thenComparing(BenchmarkRow::region)
                        .thenComparing(row -> !row.touchpoint().equals(ALL)).thenComparing(BenchmarkRow::touchpoint))
                .forEach(row -> scopes.computeIfAbsent(row.metric().code() + " · " + scope(row.region(), row.touchpoint()),
                        key -> new ArrayList<>()).add(row));
        GridTable table = new GridTable(brands.size() + 3);
        table.cell("Metric · scope", Tone.HEAD_LEFT).cell(report.ownBrand(), Tone.HEAD);
        brands.forEach(brand -> table.cell(brand.equals(INDUSTRY) ? "Industry" : brand, Tone.HEAD));
        table.cell("Our rank", Tone.HEAD);
        scopes.forEach((label, scopeRows) -> {
            BenchmarkRow any = scopeRows.get(0);
            table.cell(label, Tone.LABEL);
            table.cell(any.ownValue() == null ? "—" : text.value(any.metric(), any.ownValue()), Tone.TOTAL);
            for (String brand : brands) {
                BenchmarkRow row = scopeRows.stream().filter(candidate -> candidate.brand().equals(brand)).findFirst()
                        .orElse(null);
                competitorCell(table, row, report.bases().low(), text);
            }
            long ranked = scopeRows.stream().filter(row -> !row.brand().equals(INDUSTRY)).count() + 1;
            table.cell(any.rank() == null ? "—" : any.rank() + " of " + ranked, Tone.PLAIN);
        });
        return table;
    }

    /**
     * The social benchmark: per metric the own brand's value and each competitor's, share of voice
     * and net sentiment with their 95 % margin, a significant gap marked and coloured, a low-base
     * brand greyed and marked.
     */
    static GridTable social(CxPeriodReport report, DashboardText text) {
        List<BenchmarkRow> rows = report.benchmarks().stream().filter(row -> !isSurvey(row)).toList();
        List<String> brands = brands(rows).stream().filter(brand -> !brand.equals(report.ownBrand())).toList();
        GridTable table = new GridTable(brands.size() + 2);
        if (rows.isEmpty()) {
            return table;
        }
        table.cell("Posts this period", Tone.HEAD_LEFT).cell(report.ownBrand(), Tone.HEAD);
        brands.forEach(brand -> table.cell(brand, Tone.HEAD));
        for (Metric metric : Metric.values()) {
            List<BenchmarkRow> metricRows = rows.stream().filter(row -> row.metric().equals(metric)).toList();
            if (metricRows.isEmpty()) {
                continue;
            }
            table.cell(metric.label(), Tone.LABEL);
            BenchmarkRow own = metricRows.stream().filter(row -> row.brand().equals(report.ownBrand())).findFirst()
                    .orElse(null);
            Double ownValue = metricRows.get(0).ownValue();
            if (own != null) {
                socialCell(table, own, text, Tone.TOTAL);
            } else {
                table.cell(ownValue == null ? "—" : social(metric, ownValue, text), Tone.TOTAL);
            }
            for (String brand : brands) {
                metricRows.stream().filter(row -> row.brand().equals(brand)).findFirst().ifPresentOrElse(
                        row -> socialCell(table, row, text, Tone.PAR),
                        () -> table.cell("", Tone.PLAIN));
            }
        }
        return table;
    }

    private static void socialCell(GridTable table, BenchmarkRow row, DashboardText text, Tone tone) {
        String value = social(row.metric(), row.value(), text);
        if (row.ciLow() != null && row.ciHigh() != null) {
            value += " ±" + text.plain(Metric.NPS, (row.ciHigh() - row.ciLow()) / 2);
        }
        if (row.base() == BaseFlag.LOW) {
            table.cell(value + NpsHeatmap.LOW_BASE_MARK, Tone.LOW);
            return;
        }
        boolean significant = Boolean.TRUE.equals(row.gapSignificant());
        if (!significant || row.gap() == null) {
            table.cell(value, tone);
            return;
        }
        table.cell(value + DashboardText.SIGNIFICANT, row.gap() > 0 ? Tone.BETTER_1 : Tone.WORSE_1);
    }

    static String source(CxPeriodReport report) {
        return report.benchmarks().stream().filter(BenchmarkTables::isSurvey)
                .map(row -> row.period() + (row.source() == null ? "" : ", " + row.source()))
                .filter(Objects::nonNull).distinct().findFirst()
                .map(source -> "Survey benchmark " + source + ".")
                .orElse("No competitor benchmark covers this period.");
    }

    private static void competitorCell(GridTable table, BenchmarkRow row, int lowBase, DashboardText text) {
        if (row == null) {
            table.cell("", Tone.PLAIN);
            return;
        }
        String value = text.value(row.metric(), row.value());
        if (row.n() != null && row.n() < lowBase) {
            table.cell(value + NpsHeatmap.LOW_BASE_MARK, Tone.LOW);
            return;
        }
        if (row.gap() == null) {
            table.cell(value, Tone.PAR);
            return;
        }
        boolean significant = Boolean.TRUE.equals(row.gapSignificant());
        String cell = value + " (" + text.signed(row.metric(), row.gap()) + (significant ? DashboardText.SIGNIFICANT : "")
                + ")";
        Tone tone = !significant ? Tone.PAR : row.gap() > 0 ? Tone.BETTER_1 : Tone.WORSE_1;
        table.cell(cell, tone);
    }

    private static String social(Metric metric, double value, DashboardText text) {
        return switch (metric) {
            case SOCIAL_VOLUME -> text.integer(Math.round(value));
            case SHARE_OF_VOICE -> text.plain(Metric.NPS, value) + " %";
            default -> text.signed(Metric.NPS, value);
        };
    }

    static boolean isSurvey(BenchmarkRow row) {
        return row.metric().kind() == Metric.Kind.SURVEY;
    }

    private static List<String> brands(List<BenchmarkRow> rows) {
        return rows.stream().map(BenchmarkRow::brand).distinct()
                .sorted(Comparator.comparing((String brand) -> brand.equals(INDUSTRY)).thenComparing(brand -> brand))
                .toList();
    }

    private static String scope(String region, String touchpoint) {
        return ScopeName.of(region, touchpoint, "All touchpoints");
    }
}
