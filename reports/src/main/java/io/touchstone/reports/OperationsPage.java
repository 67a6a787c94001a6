package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.GridTable.Tone;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.ServiceDriverRow;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.TrendPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;

/**
 * The "Operations and closing the loop" page: a tile per figure teams can move (first-contact
 * resolution, waits, handle time, callbacks, service lift, loop closure and contact time) with
 * its target status and change, the service drivers (NPS by first-contact resolution and by wait
 * band against the rest), the figures by region or touchpoint, and loop closure over the trend.
 * Everything is the copy's own scope ({@link CopyScope}): the company, or a burst copy's slice.
 */
final class OperationsPage {

    static final List<Metric> TILES = List.of(Metric.FCR, Metric.WAIT_P50, Metric.WAIT_P90, Metric.AHT,
            Metric.CALLBACK_SHARE, Metric.SERVICE_LIFT, Metric.LOOP_CLOSED_RATE, Metric.LOOP_TIME_P50);
    private static final List<Metric> BY_SCOPE = List.of(Metric.FCR, Metric.WAIT_P50, Metric.WAIT_P90, Metric.AHT,
            Metric.CALLBACK_SHARE, Metric.LOOP_CLOSED_RATE);
    private static final int LISTED_SCOPES = 14;
    private static final int TREND_PERIODS = 13;

    private OperationsPage() {
    }

    /** Whether any interaction or follow-up reached this report: without one the page is left out. */
    static boolean available(CxPeriodReport report) {
        OperationsReport operations = report.operations();
        return !operations.serviceDrivers().isEmpty() || !operations.loopClosureTrend().isEmpty()
                || !operations.teamKpis().isEmpty()
                || report.kpis().stream().anyMatch(row -> row.n() > 0 && (row.metric().kind() == Metric.Kind.OPERATIONAL
                        || row.metric().kind() == Metric.Kind.LOOP));
    }

    static String title(CxPeriodReport report) {
        return "Operations and closing the loop" + (report.slice() == null ? "" : " · " + report.slice().value());
    }

    static String intro(CxPeriodReport report) {
        CopyScope scope = CopyScope.of(report);
        return "What service teams can move" + (scope.isCompany() ? "" : " in " + scope.name()) + ", from "
                + "interactions and the follow-ups of detractors. A detractor's loop is closed when they are contacted"
                + " within " + report.operations().loopSlaHours() + " h of responding. Shorter waits, handle and"
                + " contact times are better.";
    }

    /** The scope's own row of a metric (own brand), or {@code null}. */
    static KpiRow row(CxPeriodReport report, CopyScope scope, Metric metric) {
        return report.kpis().stream()
                .filter(row -> row.metric() == metric && row.brand().equals(report.ownBrand())
                        && scope.is(row.region(), row.touchpoint()))
                .findFirst().orElse(null);
    }

    static List<Map<String, ?>> tiles(CxPeriodReport report, DashboardText text, String prior) {
        CopyScope scope = CopyScope.of(report);
        List<Map<String, ?>> tiles = new ArrayList<>();
        for (Metric metric : TILES) {
            KpiRow row = row(report, scope, metric);
            Map<String, Object> tile = new HashMap<>();
            tile.put("label", tileLabel(metric));
            boolean shown = row != null && row.value() != null && row.base() != BaseFlag.SUPPRESSED;
            tile.put("value", shown ? text.value(metric, row.value()) : "—");
            tile.put("greyed", row == null || row.base() != BaseFlag.OK);
            tile.put("base", row == null ? "no data this period" : text.base(row));
            tile.put("statusCode", row == null || row.status() == null ? "NONE" : row.status().name());
            tile.put("status", row == null ? "" : text.status(metric, row));
            tile.put("change", row == null || row.change() == null ? "No comparable prior period" : change(metric, row,
                    prior, text));
            if (!scope.isCompany()) {
                KpiRow company = row(report, CopyScope.COMPANY, metric);
                tile.put("company", company == null || company.value() == null ? "Company: —"
                        : "Company: " + text.value(metric, company.value()));
            }
            tiles.add(tile);
        }
        return tiles;
    }

    /** "vs 2026-09: +1 min 35 s ▲, significant, worse": the direction read with the metric's own sense of better. */
    static String change(Metric metric, KpiRow row, String prior, DashboardText text) {
        String verdict;
        if (Boolean.TRUE.equals(row.changeSignificant())) {
            boolean better = row.change() > 0 == metric.higherIsBetter();
            verdict = ", significant, " + (better ? "better" : "worse");
        } else {
            verdict = Boolean.FALSE.equals(row.changeSignificant()) ? ", within noise" : ", not tested";
        }
        return "vs " + prior + ": " + text.signed(metric, row.change()) + DashboardText.arrow(row.change()) + verdict;
    }

    static List<Map<String, ?>> sections(CxPeriodReport report, DashboardText text) throws JRException {
        CopyScope scope = CopyScope.of(report);
        List<Map<String, ?>> sections = new ArrayList<>();
        List<ServiceDriverRow> drivers = drivers(report, scope);
        if (!drivers.isEmpty()) {
            ServiceDriverRow first = drivers.get(0);
            sections.add(drivers(drivers, text).section("Service drivers: NPS by what happened in the customer's"
                    + " last interaction · " + ScopeName.of(first.region(), first.touchpoint(), "Company"),
                    "Each response linked to its customer's most recent interaction before responding. Gap = NPS of"
                            + " the group − NPS of the other linked responses; * significant at 95 %; green: the group"
                            + " scores significantly higher, red: lower; " + NpsHeatmap.LOW_BASE_MARK.strip()
                            + " low base (n < " + report.bases().low() + "), not tested."));
        }
        GridTable byScope = byScope(report, scope, text);
        if (!byScope.isEmpty()) {
            sections.add(byScope.section("Wait, first-contact resolution and loop closure by "
                    + (scope.isCompany() ? "region and touchpoint" : scope.touchpoint().equals(ALL)
                            ? "touchpoint in " + scope.name() : "region for " + scope.name()),
                    "FCR: first-contact resolution. Coloured by target status: green on target, amber near, red off; plain: no target. * significant"
                            + " change vs the prior period; " + NpsHeatmap.LOW_BASE_MARK.strip() + " low base."));
        }
        GridTable trend = loopTrend(report, text);
        if (!trend.isEmpty()) {
            sections.add(trend.section("Detractors contacted within " + report.operations().loopSlaHours()
                    + " h, last " + Math.min(TREND_PERIODS, report.operations().loopClosureTrend().size()) + " periods",
                    "Green: at or above target; red: below; — no detractors or a suppressed base."));
        }
        return sections;
    }

    /** The copy's own driver rows, or the company's when the slice has none; first-contact resolution first. */
    static List<ServiceDriverRow> drivers(CxPeriodReport report, CopyScope scope) {
        List<ServiceDriverRow> all = report.operations().serviceDrivers();
        List<ServiceDriverRow> own = all.stream().filter(row -> scope.is(row.region(), row.touchpoint())).toList();
        List<ServiceDriverRow> shown = own.isEmpty()
                ? all.stream().filter(row -> CopyScope.COMPANY.is(row.region(), row.touchpoint())).toList() : own;
        return shown.stream()
                .sorted(Comparator.comparing((ServiceDriverRow row) -> !row.driver().equals(
                        ServiceDriverRow.FIRST_CONTACT_RESOLVED)).thenComparingInt(ServiceDriverRow::order))
                .toList();
    }

    private static GridTable drivers(List<ServiceDriverRow> rows, DashboardText text) {
        GridTable table = new GridTable(6);
        table.cell("Driver · group", Tone.HEAD_LEFT).cell("Responses", Tone.HEAD).cell("NPS", Tone.HEAD)
                .cell("95 % interval", Tone.HEAD).cell("NPS of the rest", Tone.HEAD).cell("Gap vs rest", Tone.HEAD);
        for (ServiceDriverRow row : rows) {
            table.cell(driverLabel(row), Tone.LABEL);
            boolean low = row.base() != BaseFlag.OK;
            Tone plain = low ? Tone.LOW : Tone.PAR;
            table.cell(text.integer(row.n()), plain);
            table.cell(row.nps() == null ? "—" : text.signed(Metric.NPS, row.nps())
                    + (low ? NpsHeatmap.LOW_BASE_MARK : ""), plain);
            table.cell(row.nps() == null || row.ciLow() == null ? "" : text.plain(Metric.NPS, row.ciLow()) + " to "
                    + text.plain(Metric.NPS, row.ciHigh()), plain);
            table.cell(row.restNps() == null ? "—" : text.signed(Metric.NPS, row.restNps()), plain);
            if (row.gap() == null) {
                table.cell("—", plain);
            } else {
                boolean significant = Boolean.TRUE.equals(row.gapSignificant());
                table.cell(text.signed(Metric.NPS, row.gap()) + (significant ? DashboardText.SIGNIFICANT : ""),
                        low ? Tone.LOW : !significant ? Tone.PAR : row.gap() > 0 ? Tone.BETTER_1 : Tone.WORSE_1);
            }
        }
        return table;
    }

    static String driverLabel(ServiceDriverRow row) {
        if (row.driver().equals(ServiceDriverRow.FIRST_CONTACT_RESOLVED)) {
            return switch (row.band()) {
                case "yes" -> "Resolved first time";
                case "no" -> "Not resolved first time";
                default -> "First contact: " + row.band();
            };
        }
        return row.driver().equals(ServiceDriverRow.WAIT_BAND) ? "Wait " + row.band() : row.driver() + " " + row.band();
    }

    private static GridTable byScope(CxPeriodReport report, CopyScope scope, DashboardText text) {
        Map<String, List<KpiRow>> scopes = new LinkedHashMap<>();
        report.kpis().stream()
                .filter(row -> BY_SCOPE.contains(row.metric()) && row.brand().equals(report.ownBrand()))
                .filter(row -> scope.isBreakdown(row.region(), row.touchpoint()))
                .sorted(Comparator.comparing((KpiRow row) -> row.region().equals(
                        ALL)).thenComparing(KpiRow::region)
                        .thenComparing(KpiRow::touchpoint))
                .forEach(row -> scopes.computeIfAbsent(ScopeName.of(row.region(), row.touchpoint(), "Company"),
                        key -> new ArrayList<>()).add(row));
        GridTable table = new GridTable(BY_SCOPE.size() + 1);
        if (scopes.isEmpty()) {
            return table;
        }
        table.cell("Scope", Tone.HEAD_LEFT);
        BY_SCOPE.forEach(metric -> table.cell(shortName(metric), Tone.HEAD));
        scopes.entrySet().stream().limit(LISTED_SCOPES).forEach(entry -> {
            table.cell(entry.getKey(), Tone.LABEL);
            BY_SCOPE.forEach(metric -> cell(table, entry.getValue().stream().filter(row -> row.metric() == metric)
                    .findFirst(), text));
        });
        table.cell(scope.isCompany() ? "Company" : scope.name(), Tone.LABEL_TOTAL);
        BY_SCOPE.forEach(metric -> {
            KpiRow total = row(report, scope, metric);
            table.cell(total == null || total.value() == null ? "—" : text.value(metric, total.value()), Tone.TOTAL);
        });
        return table;
    }

    private static void cell(GridTable table, Optional<KpiRow> found, DashboardText text) {
        if (found.isEmpty() || found.get().value() == null || found.get().base() == BaseFlag.SUPPRESSED) {
            table.cell("—", Tone.PLAIN);
            return;
        }
        KpiRow row = found.get();
        String value = text.value(row.metric(), row.value())
                + (Boolean.TRUE.equals(row.changeSignificant()) ? DashboardText.SIGNIFICANT : "");
        if (row.base() == BaseFlag.LOW) {
            table.cell(value + NpsHeatmap.LOW_BASE_MARK, Tone.LOW);
            return;
        }
        table.cell(value, row.status() == null ? Tone.PLAIN : tone(row.status()));
    }

    private static Tone tone(TargetStatus status) {
        return switch (status) {
            case GREEN -> Tone.BETTER_1;
            case AMBER -> Tone.PAR;
            case RED -> Tone.WORSE_1;
        };
    }

    static String shortName(Metric metric) {
        return switch (metric) {
            case FCR -> "FCR";
            case WAIT_P50 -> "Median wait";
            case WAIT_P90 -> "Wait P90";
            case AHT -> "Handle time";
            case CALLBACK_SHARE -> "Callback offered";
            case LOOP_CLOSED_RATE -> "Loop closed";
            default -> metric.label();
        };
    }

    private static String tileLabel(Metric metric) {
        return switch (metric) {
            case SERVICE_LIFT -> "Service lift (CSAT)";
            case LOOP_CLOSED_RATE -> "Loop closed within SLA";
            case LOOP_TIME_P50 -> "Median hours to contact";
            default -> metric.label();
        };
    }

    private static GridTable loopTrend(CxPeriodReport report, DashboardText text) {
        List<TrendPoint> all = report.operations().loopClosureTrend();
        List<TrendPoint> points = all.subList(Math.max(0, all.size() - TREND_PERIODS), all.size());
        GridTable table = new GridTable(points.size() + 1);
        if (points.isEmpty()) {
            return table;
        }
        table.cell("Period", Tone.HEAD_LEFT);
        points.forEach(point -> table.cell(ExecutiveDashboard.shortLabel(report.period().kind(), point,
                report.locale()), Tone.HEAD));
        table.cell("Closed", Tone.LABEL);
        for (TrendPoint point : points) {
            if (point.value() == null) {
                table.cell("—", Tone.PLAIN);
            } else if (point.base() == BaseFlag.LOW) {
                table.cell(text.value(Metric.LOOP_CLOSED_RATE, point.value()) + NpsHeatmap.LOW_BASE_MARK, Tone.LOW);
            } else {
                table.cell(text.value(Metric.LOOP_CLOSED_RATE, point.value()), point.target() == null ? Tone.PAR
                        : point.value() >= point.target() ? Tone.BETTER_1 : Tone.WORSE_1);
            }
        }
        return table;
    }
}
