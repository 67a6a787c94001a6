package io.touchstone.reports;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BaseThresholds;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.SentimentLearning;
import io.touchstone.reports.model.RevenueRow;
import io.touchstone.reports.model.ServiceDriverRow;
import io.touchstone.reports.model.TeamKpiRow;
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

/**
 * A fixed October 2026 report: what the dashboard and workbook tests render, with operational
 * data ({@link #withoutOperations} takes it away again, {@link #northWest} cuts a burst copy).
 */
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
        kpis.addAll(operationalKpis());
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
                new FeedQuality("targets", 0, 1, 0, 0, 0, 0, List.of(), null),
                new FeedQuality("interactions", 1, 0, 18_300, 18_240, 60, 0,
                        List.of("closed_at is before opened_at (41 rows)",
                                "wait_seconds must be a whole number of seconds, 0 or more (19 rows)"),
                        Instant.parse("2026-10-31T22:10:00Z")),
                new FeedQuality("followups", 1, 0, 1_210, 1_205, 5, 0, List.of("action must be one of contacted,"
                        + " resolved, no_answer (5 rows)"), Instant.parse("2026-10-31T20:00:00Z")),
                new FeedQuality("accounts", 1, 0, 5_012, 5_000, 12, 0, List.of("currency XYZ has no rate in"
                        + " touchstone.finance.fx-rates (12 rows)"), Instant.parse("2026-10-31T23:00:00Z")));
        return new CxPeriodReport("Northwind", new ReportPeriod("month", "2026-10", START, END, "FY2027-P02"), 42,
                LocalDate.of(2026, 10, 31), Instant.parse("2026-11-01T06:00:00Z"), ZoneId.of("Europe/London"),
                Locale.UK,
                List.of(new HeadlineKpi(Metric.NPS, "Net Promoter Score", nps, 26.0, 1.4, false, "Fabrikam", 35.0, -7.6, true,
                                "2026-10"),
                        new HeadlineKpi(Metric.CSAT, "Customer satisfaction", csat, null, null, null, null, null, null, null,
                                null),
                        new HeadlineKpi(Metric.CES, "Customer effort", ces, null, null, null, null, null, null, null, null),
                        new HeadlineKpi(Metric.RESPONSES, "Responses", responses, null, null, null, null, null, null, null,
                                null),
                        headline(kpis, Metric.FCR), headline(kpis, Metric.WAIT_P90), headline(kpis, Metric.AHT),
                        headline(kpis, Metric.LOOP_CLOSED_RATE), headline(kpis, Metric.REVENUE_AT_RISK),
                        headline(kpis, Metric.REVENUE_PER_NPS_POINT)),
                trend, kpis, benchmarks, quality,
                List.of(new ThemeRow("2026-10", "DELIVERY", "Delivery", "Product and service", 140, 28.0, -0.41, -3.2,
                                90L, 50L, false, "Parcel left in the rain, again", 12, -0.35, true),
                        new ThemeRow("2026-10", "STAFF_ATTITUDE", "Staff attitude", "People and resolution", 95, 19.0,
                                0.52, 1.8, 100L, -5L, false, "Zoë at the counter was lovely", 3, 0.2, false),
                        new ThemeRow("2026-10", "FORMULA", "=SUM(A1:A2)", "Test", 0, null, null, null, null, null,
                                false, "=cmd|' /C calc'!A0", 0, null, false)),
                List.of(new EmergingTopic("2026-10", "missed the delivery slot", 44, 3.1, 0.0, 88.5, null, 42,
                                "Third time I missed the delivery slot, ring me on [phone]."),
                        new EmergingTopic("2026-10", "late delivery", 31, 2.2, 0.9, 14.2, "DELIVERY", 30, null)),
                "abc123",
                List.of("Café Zoë in Île-de-France: Ελλάδα Россия 東京 서울 — accented and CJK text prints.",
                        "顾客说：我们很满意 (simplified Chinese, beyond the Korean font's Hanja)."),
                heatmap(), null, BaseThresholds.DEFAULT, operations(), sentiment());
    }

    /** October's sentiment: learned from 20,000 scored texts, 4,000 of them held out. */
    static SentimentLearning sentiment() {
        return new SentimentLearning(true, null, 20_000, 16_000, 4_000, 81.2, 74.0, LocalDate.of(2025, 10, 31),
                LocalDate.of(2026, 10, 31), 2_000, 0.2, 0.5);
    }

    /** The same report as if no interaction, follow-up or account had ever been delivered. */
    static CxPeriodReport withoutOperations(CxPeriodReport report) {
        return new CxPeriodReport(report.ownBrand(), report.period(), report.runId(), report.businessDate(),
                report.generatedAt(), report.zone(), report.locale(),
                report.headlines().stream().filter(headline -> headline.metric().kind() == Metric.Kind.SURVEY).toList(),
                report.npsTrend(), report.kpis().stream().filter(row -> row.metric().kind() == Metric.Kind.SURVEY)
                        .toList(), report.benchmarks(), report.dataQuality().subList(0, 3), report.themes(),
                report.emergingTopics(), report.taxonomyVersion(), report.notes(), report.npsHeatmap(), report.slice(),
                report.bases(), OperationsReport.none("EUR"), report.sentiment());
    }

    /**
     * North West's burst copy, cut as the warehouse cuts it: the company rows and North West's own,
     * no other region's.
     */
    static CxPeriodReport northWest() {
        CxPeriodReport company = october2026();
        OperationsReport operations = company.operations();
        OperationsReport own = new OperationsReport(operations.currency(), operations.churnHorizonDays(),
                operations.loopSlaHours(),
                operations.serviceDrivers().stream().filter(row -> companyOrNorthWest(row.region())).toList(),
                operations.teamKpis().stream().filter(row -> companyOrNorthWest(row.kpi().region())).toList(),
                operations.loopClosureTrend(),
                operations.churnGroups().stream().filter(row -> companyOrNorthWest(row.region())).toList(),
                operations.revenue().stream().filter(row -> companyOrNorthWest(row.region())).toList(),
                operations.unmatchedFollowups());
        return new CxPeriodReport(company.ownBrand(), company.period(), company.runId(), company.businessDate(),
                company.generatedAt(), company.zone(), company.locale(), company.headlines(), company.npsTrend(),
                company.kpis().stream().filter(row -> companyOrNorthWest(row.region())).toList(), List.of(),
                company.dataQuality(), company.themes(), List.of(), company.taxonomyVersion(), List.of(),
                company.npsHeatmap(), new ReportSlice("region", "North West"), company.bases(), own, company.sentiment());
    }

    private static boolean companyOrNorthWest(String region) {
        return region.equals("ALL") || region.equals("North West");
    }

    /**
     * What the service teams can move: waits up sharply this month, worst in North West, whose
     * detractors churn at more than three times its promoters' rate, and loop closure slipping.
     */
    static List<KpiRow> operationalKpis() {
        return List.of(
                row("ALL", "ALL", Metric.FCR, 72.4, 18_240, 71.8, 73.0, 74.9, -2.5, true, 75.0, TargetStatus.RED,
                        BaseFlag.OK, 73.5),
                row("ALL", "ALL", Metric.WAIT_P50, 48.0, 18_240, null, null, 41.0, 7.0, null, 60.0, TargetStatus.GREEN,
                        BaseFlag.OK, 45.0),
                row("ALL", "ALL", Metric.WAIT_P90, 312.0, 18_240, null, null, 217.0, 95.0, true, 240.0,
                        TargetStatus.RED, BaseFlag.OK, 230.0),
                row("ALL", "ALL", Metric.AHT, 395.0, 18_240, 391.0, 399.0, 402.0, -7.0, false, 420.0,
                        TargetStatus.GREEN, BaseFlag.OK, 410.0),
                row("ALL", "ALL", Metric.CALLBACK_SHARE, 18.2, 18_240, 17.6, 18.8, 15.0, 3.2, true, null, null,
                        BaseFlag.OK, null),
                row("ALL", "ALL", Metric.SERVICE_LIFT, 0.42, 6_100, 0.38, 0.46, 0.39, 0.03, false, null, null,
                        BaseFlag.OK, null),
                row("ALL", "ALL", Metric.LOOP_CLOSED_RATE, 64.0, 410, 59.4, 68.6, 71.0, -7.0, true, 80.0,
                        TargetStatus.RED, BaseFlag.OK, 70.0),
                row("ALL", "ALL", Metric.LOOP_TIME_P50, 31.5, 300, null, null, 26.0, 5.5, null, 24.0, TargetStatus.RED,
                        BaseFlag.OK, 25.0),
                row("ALL", "ALL", Metric.CHURN_RATE_PROMOTER, 6.1, 1_480, 4.9, 7.3, 6.0, 0.1, false, null, null,
                        BaseFlag.OK, null),
                row("ALL", "ALL", Metric.CHURN_RATE_PASSIVE, 9.8, 820, 7.8, 11.8, 9.5, 0.3, false, null, null,
                        BaseFlag.OK, null),
                row("ALL", "ALL", Metric.CHURN_RATE_DETRACTOR, 14.2, 640, 11.5, 16.9, 13.0, 1.2, false, null, null,
                        BaseFlag.OK, null),
                row("ALL", "ALL", Metric.REVENUE_AT_RISK, 1_234_440.0, 1_420, null, null, 1_100_000.0, 134_440.0,
                        null, 1_000_000.0, TargetStatus.RED, BaseFlag.OK, null),
                row("ALL", "ALL", Metric.REVENUE_PER_NPS_POINT, 15_957.0, 4_000, null, null, 14_000.0, 1_957.0, null,
                        null, null, BaseFlag.OK, null),
                row("North West", "ALL", Metric.FCR, 61.0, 4_300, 59.5, 62.5, 66.0, -5.0, true, 75.0, TargetStatus.RED,
                        BaseFlag.OK, 64.0),
                row("North West", "ALL", Metric.WAIT_P50, 95.0, 4_300, null, null, 60.0, 35.0, null, 60.0,
                        TargetStatus.RED, BaseFlag.OK, 58.0),
                row("North West", "ALL", Metric.WAIT_P90, 540.0, 4_300, null, null, 330.0, 210.0, true, 240.0,
                        TargetStatus.RED, BaseFlag.OK, 300.0),
                row("North West", "ALL", Metric.AHT, 430.0, 4_300, 421.0, 439.0, 425.0, 5.0, false, 420.0,
                        TargetStatus.AMBER, BaseFlag.OK, 415.0),
                row("North West", "ALL", Metric.CALLBACK_SHARE, 24.0, 4_300, 22.7, 25.3, 19.0, 5.0, true, null, null,
                        BaseFlag.OK, null),
                row("North West", "ALL", Metric.SERVICE_LIFT, 0.21, 1_200, 0.12, 0.30, 0.30, -0.09, false, null, null,
                        BaseFlag.OK, null),
                row("North West", "ALL", Metric.LOOP_CLOSED_RATE, 48.0, 120, 39.1, 56.9, 66.0, -18.0, true, 80.0,
                        TargetStatus.RED, BaseFlag.OK, 69.0),
                row("North West", "ALL", Metric.LOOP_TIME_P50, 52.0, 70, null, null, 30.0, 22.0, null, 24.0,
                        TargetStatus.RED, BaseFlag.OK, 28.0),
                row("London", "ALL", Metric.FCR, 78.0, 6_900, 77.0, 79.0, 77.5, 0.5, false, 75.0, TargetStatus.GREEN,
                        BaseFlag.OK, 76.0),
                row("London", "ALL", Metric.WAIT_P50, 35.0, 6_900, null, null, 36.0, -1.0, null, 60.0,
                        TargetStatus.GREEN, BaseFlag.OK, 37.0),
                row("London", "ALL", Metric.WAIT_P90, 190.0, 6_900, null, null, 185.0, 5.0, null, 240.0,
                        TargetStatus.GREEN, BaseFlag.OK, 200.0),
                row("London", "ALL", Metric.LOOP_CLOSED_RATE, 79.0, 150, 72.5, 85.5, 78.0, 1.0, false, 80.0,
                        TargetStatus.AMBER, BaseFlag.OK, 77.0),
                row("Wales", "ALL", Metric.FCR, 70.1, 22, 51.0, 89.2, null, null, null, 75.0, null, BaseFlag.LOW,
                        null),
                row("ALL", "phone", Metric.FCR, 69.0, 11_000, 68.1, 69.9, 72.0, -3.0, true, 75.0, TargetStatus.RED,
                        BaseFlag.OK, 70.0),
                row("ALL", "phone", Metric.WAIT_P90, 365.0, 11_000, null, null, 250.0, 115.0, true, 240.0,
                        TargetStatus.RED, BaseFlag.OK, 260.0),
                row("ALL", "chat", Metric.FCR, 77.6, 7_240, 76.6, 78.6, 78.0, -0.4, false, 75.0, TargetStatus.GREEN,
                        BaseFlag.OK, 77.0),
                row("ALL", "chat", Metric.WAIT_P90, 150.0, 7_240, null, null, 140.0, 10.0, null, 240.0,
                        TargetStatus.GREEN, BaseFlag.OK, 150.0));
    }

    /**
     * Drivers, teams, loop closure over 13 months, churn by group and revenue at risk, worked so
     * the derived figures hold: the company's gap 14.2 − 6.1 = 8.1 points, at risk 15,240,000 ×
     * 8.1 % = 1,234,440, per NPS point 4,000 / 200 × 8.1 % × 9,850 = 15,957.
     */
    static OperationsReport operations() {
        List<ServiceDriverRow> drivers = List.of(
                driver("ALL", ServiceDriverRow.FIRST_CONTACT_RESOLVED, "yes", 0, 2_140, 38.2, 34.4, 42.0, 1_010, 2.1,
                        36.1, true, BaseFlag.OK),
                driver("ALL", ServiceDriverRow.FIRST_CONTACT_RESOLVED, "no", 1, 1_010, 2.1, -3.6, 7.8, 2_140, 38.2,
                        -36.1, true, BaseFlag.OK),
                driver("ALL", ServiceDriverRow.WAIT_BAND, "< 1 min", 0, 1_620, 36.0, 31.6, 40.4, 1_530, 20.4, 15.6,
                        true, BaseFlag.OK),
                driver("ALL", ServiceDriverRow.WAIT_BAND, "1-5 min", 1, 980, 27.1, 21.6, 32.6, 2_170, 30.2, -3.1, false,
                        BaseFlag.OK),
                driver("ALL", ServiceDriverRow.WAIT_BAND, "5-15 min", 2, 528, 12.4, 4.8, 20.0, 2_622, 31.9, -19.5, true,
                        BaseFlag.OK),
                driver("ALL", ServiceDriverRow.WAIT_BAND, "> 15 min", 3, 22, -18.2, -55.0, 18.6, 3_128, 28.9, -47.1,
                        null, BaseFlag.LOW),
                driver("North West", ServiceDriverRow.FIRST_CONTACT_RESOLVED, "yes", 0, 420, 30.5, 22.1, 38.9, 310,
                        -8.4, 38.9, true, BaseFlag.OK),
                driver("North West", ServiceDriverRow.FIRST_CONTACT_RESOLVED, "no", 1, 310, -8.4, -18.6, 1.8, 420,
                        30.5, -38.9, true, BaseFlag.OK));
        List<TeamKpiRow> teams = List.of(
                new TeamKpiRow("Aurora", row("ALL", "ALL", Metric.FCR, 76.0, 4_100, 74.7, 77.3, 75.2, 0.8, false, 75.0,
                        TargetStatus.GREEN, BaseFlag.OK, null)),
                new TeamKpiRow("Borealis", row("ALL", "ALL", Metric.FCR, 65.3, 3_900, 63.8, 66.8, 70.1, -4.8, true,
                        75.0, TargetStatus.RED, BaseFlag.OK, null)),
                new TeamKpiRow("Aurora", row("ALL", "ALL", Metric.WAIT_P90, 280.0, 4_100, null, null, 230.0, 50.0, null,
                        240.0, TargetStatus.RED, BaseFlag.OK, null)));
        List<TrendPoint> loop = new ArrayList<>();
        double[] closed = {78, 79, 77, 80, 81, 79, 78, 76, 75, 74, 72, 71, 64};
        for (int i = 0; i < closed.length; i++) {
            LocalDate month = START.minusMonths(12 - i);
            loop.add(new TrendPoint(month.toString().substring(0, 7), month, i == 3 ? null : closed[i],
                    null, null, 80.0, i == 3 ? 6 : 400, i == 3 ? BaseFlag.SUPPRESSED : BaseFlag.OK));
        }
        List<ChurnGroupRow> churn = List.of(
                new ChurnGroupRow("ALL", "ALL", "promoter", 1_480, 90, 310, 6.1, 4.9, 7.3, BaseFlag.OK, 1_720,
                        17_950_000),
                new ChurnGroupRow("ALL", "ALL", "passive", 820, 80, 150, 9.8, 7.8, 11.8, BaseFlag.OK, 860, 8_120_000),
                new ChurnGroupRow("ALL", "ALL", "detractor", 640, 91, 140, 14.2, 11.5, 16.9, BaseFlag.OK, 1_420,
                        15_240_000),
                new ChurnGroupRow("North West", "ALL", "promoter", 300, 24, 60, 8.0, 5.2, 11.5, BaseFlag.OK, 350,
                        3_400_000),
                new ChurnGroupRow("North West", "ALL", "passive", 25, 3, 9, 12.0, 4.2, 30.0, BaseFlag.LOW, 30,
                        280_000),
                new ChurnGroupRow("North West", "ALL", "detractor", 180, 50, 40, 27.8, 21.8, 34.7, BaseFlag.OK, 390,
                        3_900_000));
        List<RevenueRow> revenue = List.of(
                new RevenueRow("ALL", "ALL", 1_420, 15_240_000, 8.1, 1_234_440.0, 4_000, 9_850.0, 15_957.0),
                new RevenueRow("North West", "ALL", 390, 3_900_000, 19.8, 772_200.0, 900, 9_600.0, 8_553.6),
                new RevenueRow("London", "ALL", 400, 4_100_000, 5.0, 205_000.0, 1_500, 10_200.0, 3_825.0));
        return new OperationsReport("EUR", 180, 48, drivers, teams, loop, churn, revenue, 37);
    }

    private static ServiceDriverRow driver(String region, String driver, String band, int order, long n, Double nps,
            Double ciLow, Double ciHigh, long restN, Double restNps, Double gap, Boolean significant, BaseFlag base) {
        return new ServiceDriverRow("2026-10", region, "ALL", driver, band, order, n, nps, ciLow, ciHigh, restN, restNps,
                gap, significant, base);
    }

    private static HeadlineKpi headline(List<KpiRow> kpis, Metric metric) {
        KpiRow current = kpis.stream().filter(row -> row.metric() == metric && row.region().equals("ALL")
                && row.touchpoint().equals("ALL")).findFirst().orElseThrow();
        return new HeadlineKpi(metric, metric.label(), current, null, null, null, null, null, null, null, null);
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
