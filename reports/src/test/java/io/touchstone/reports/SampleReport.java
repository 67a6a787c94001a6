package io.touchstone.reports;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BaseThresholds;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeatmapCell;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportPeriod;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.ThemeRow;
import io.touchstone.reports.model.TrendPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A fixed October 2026 report: what the dashboard and workbook tests render. */
final class SampleReport {

    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate END = LocalDate.of(2026, 10, 31);

    private SampleReport() {
    }

    static CxPeriodReport october2026() {
        KpiRow nps = row("ALL", "ALL", Metric.NPS, 27.4, 1250, 24.1, 30.7, 25.1, 2.3, false, 32.0, TargetStatus.RED,
                BaseFlag.OK, 26.0);
        KpiRow csat = row("ALL", "ALL", Metric.CSAT, 78.5, 1100, 76.1, 80.9, 77.0, 1.5, false, 80.0, TargetStatus.AMBER,
                BaseFlag.OK, 77.9);
        KpiRow ces = row("ALL", "ALL", Metric.CES, 5.31, 900, 5.22, 5.40, 5.25, 0.06, false, 5.3, TargetStatus.GREEN,
                BaseFlag.OK, 5.2);
        KpiRow responses = row("ALL", "ALL", Metric.RESPONSES, 1250.0, 1250, null, null, 1190.0, 60.0, null, null, null,
                BaseFlag.OK, 1100.0);
        List<KpiRow> kpis = new ArrayList<>(List.of(nps, csat, ces, responses));
        kpis.add(row("North West", "delivery", Metric.NPS, -12.0, 25, -40.0, 16.0, 30.0, -42.0, null, 30.0,
                TargetStatus.RED, BaseFlag.LOW, 28.0));
        kpis.add(row("Wales", "installation", Metric.NPS, null, 6, null, null, null, null, null, null, null,
                BaseFlag.SUPPRESSED, null));
        kpis.add(row("London", "web", Metric.NPS, 41.0, 300, 33.0, 49.0, 32.0, 9.0, true, null, null, BaseFlag.OK, 35.0));
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 12; i >= 0; i--) {
            LocalDate month = START.minusMonths(i);
            trend.add(new TrendPoint(month.toString().substring(0, 7), month, 25.0 + (i % 3), 22.0 + (i % 3),
                    28.0 + (i % 3), 32.0, 1200, BaseFlag.OK));
        }
        List<BenchmarkRow> benchmarks = List.of(
                new BenchmarkRow("2026-10", "Fabrikam", "ALL", "ALL", Metric.NPS, 35.0, 600, 27.4, -7.6, true, 3, "CX Panel"),
                new BenchmarkRow("2026-10", "Contoso", "ALL", "ALL", Metric.NPS, 22.0, 500, 27.4, 5.4, true, 3, "CX Panel"),
                new BenchmarkRow("2026-10", "INDUSTRY", "ALL", "ALL", Metric.NPS, 26.0, 3000, 27.4, 1.4, false, 3,
                        "=HYPERLINK(\"http://example.com\")"));
        List<FeedQuality> quality = List.of(
                new FeedQuality("responses", 1, 0, 1262, 1250, 12, 7, List.of("nps must be a whole number 0-10 (12 rows)"),
                        Instant.parse("2026-10-31T21:00:00Z")),
                new FeedQuality("benchmarks", 1, 0, 3, 3, 0, 0, List.of(), Instant.parse("2026-10-31T23:59:59Z")),
                new FeedQuality("targets", 0, 1, 0, 0, 0, 0, List.of(), null));
        return new CxPeriodReport("Northwind", new ReportPeriod("month", "2026-10", START, END, "FY2027-P02"), 42,
                LocalDate.of(2026, 10, 31), Instant.parse("2026-11-01T06:00:00Z"), ZoneId.of("Europe/London"),
                Locale.UK,
                List.of(new HeadlineKpi(Metric.NPS, "Net Promoter Score", nps, 26.0, 1.4, false, "Fabrikam", 35.0, -7.6, true,
                                "2026-10"),
                        new HeadlineKpi(Metric.CSAT, "Customer satisfaction", csat, null, null, null, null, null, null, null,
                                null),
                        new HeadlineKpi(Metric.CES, "Customer effort", ces, null, null, null, null, null, null, null, null),
                        new HeadlineKpi(Metric.RESPONSES, "Responses", responses, null, null, null, null, null, null, null,
                                null)),
                trend, kpis, benchmarks, quality,
                List.of(new ThemeRow("2026-10", "DELIVERY", "Delivery", "Product and service", 140, 28.0, -0.41, -3.2,
                                90L, 50L, false, "Parcel left in the rain, again", 12, -0.35, true),
                        new ThemeRow("2026-10", "STAFF_ATTITUDE", "Staff attitude", "People and resolution", 95, 19.0,
                                0.52, 1.8, 100L, -5L, false, "Zoë at the counter was lovely", 3, 0.2, false),
                        new ThemeRow("2026-10", "FORMULA", "=SUM(A1:A2)", "Test", 0, null, null, null, null, null,
                                false, "=cmd|' /C calc'!A0", 0, null, false)),
                List.of(new EmergingTopic("2026-10", "parcelink", 42, 3.1, 0.0, 88.5, null),
                        new EmergingTopic("2026-10", "late deliveri", 30, 2.2, 0.9, 14.2, "DELIVERY")),
                "abc123",
                List.of("Café Zoë in Île-de-France: Ελλάδα Россия 東京 서울 — accented and CJK text prints.",
                        "顾客说：我们很满意 (simplified Chinese, beyond the Korean font's Hanja)."),
                heatmap(), null, BaseThresholds.DEFAULT, OperationsReport.none("EUR"));
    }

    /** NPS by touchpoint and region: London's web far above the company, North West's delivery a low base. */
    static List<HeatmapCell> heatmap() {
        return List.of(
                new HeatmapCell("Browse and buy", 0, "web", "London", 41.0, 300, BaseFlag.OK),
                new HeatmapCell("Browse and buy", 0, "web", "North West", 22.5, 210, BaseFlag.OK),
                new HeatmapCell("Browse and buy", 0, "web", "ALL", 31.0, 510, BaseFlag.OK),
                new HeatmapCell("Receive", 1, "delivery", "London", 26.0, 180, BaseFlag.OK),
                new HeatmapCell("Receive", 1, "delivery", "North West", -12.0, 25, BaseFlag.LOW),
                new HeatmapCell("Receive", 1, "delivery", "ALL", 14.0, 205, BaseFlag.OK),
                new HeatmapCell("Receive", 1, "installation", "Wales", null, 6, BaseFlag.SUPPRESSED),
                new HeatmapCell("Receive", 1, "installation", "ALL", 18.0, 80, BaseFlag.OK),
                new HeatmapCell("", -1, "ALL", "London", 34.0, 480, BaseFlag.OK),
                new HeatmapCell("", -1, "ALL", "North West", 12.1, 235, BaseFlag.OK),
                new HeatmapCell("", -1, "ALL", "Wales", 30.0, 86, BaseFlag.OK),
                new HeatmapCell("", -1, "ALL", "ALL", 27.4, 1250, BaseFlag.OK));
    }

    private static KpiRow row(String region, String touchpoint, Metric metric, Double value, long n, Double ciLow,
            Double ciHigh, Double prior, Double change, Boolean significant, Double target, TargetStatus status,
            BaseFlag base, Double lastYear) {
        return new KpiRow("2026-10", START, END, "Northwind",
                region, touchpoint, metric, value, n, ciLow, ciHigh, prior, change, significant, target, status, base,
                lastYear);
    }
}
