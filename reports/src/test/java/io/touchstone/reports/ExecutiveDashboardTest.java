package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.HeatmapCell;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.SentimentLearning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ExecutiveDashboardTest {

    @Test
    void everyTemplateCompiles() throws Exception {
        for (ExecutiveDashboard.PageSize size : ExecutiveDashboard.PageSize.values()) {
            assertThat(DashboardTemplates.page(size)).isNotNull();
        }
        for (int columns = 2; columns <= 12; columns++) {
            assertThat(DashboardTemplates.grid(columns).getColumnCount()).isEqualTo(columns);
        }
        for (String page : List.of(DashboardTemplates.BENCHMARKS, DashboardTemplates.THEMES,
                DashboardTemplates.DATA_NOTES, DashboardTemplates.QUALITY, DashboardTemplates.OPERATIONS,
                DashboardTemplates.KPI_TILES, DashboardTemplates.MONEY)) {
            assertThat(DashboardTemplates.subreport(page)).as(page).isNotNull();
        }
    }

    @Test
    void pageOneShowsTheHeadlinesWithStatusChangeAndGaps() throws IOException {
        String text = pageText(render(ExecutiveDashboard.PageSize.A4), 1);

        assertThat(text).contains("Northwind · Customer experience").contains("2026-10 (month, fiscal FY2027-P02");
        assertThat(text).contains("+27.4").contains("95 % interval 24.1 to 30.7").contains("n = 1,250");
        assertThat(text).contains("✖ Off target (32.0)").contains("▲ Near target (80.0 %)").contains("✔ On target (5.30)");
        assertThat(text).contains("vs 2026-09: +2.3 ▲, within noise");
        assertThat(text).contains("Gap to industry +1.4").contains("Gap to Fabrikam (best) −7.6 *");
        assertThat(text).contains("78.5 %").contains("5.31");
    }

    @Test
    void pageOneSaysWhatChangedFromTheNumbersAlone() throws IOException {
        String text = pageText(render(ExecutiveDashboard.PageSize.A4), 1);

        assertThat(text).contains("What changed vs 2026-09: NPS +2.3, CSAT +1.5, CES +0.06 (all within noise)")
                .contains("largest significant moves: London · web NPS up 9.0 to +41.0")
                .contains("new topic “missed the delivery slot” (0.0 % → 3.1 % of commenters)");
        assertThat(text).as("a low-base move is never called a move").doesNotContain("North West · delivery NPS down");
    }

    @Test
    void pageOneHasTheHeatmapByJourneyStageWithLowBasesMarkedAndTheCostliestThemes() throws IOException {
        String text = pageText(render(ExecutiveDashboard.PageSize.A4), 1);

        assertThat(text).contains("NPS by journey stage, touchpoint and region")
                .contains("Journey stage").contains("Touchpoint").contains("London").contains("North West")
                .contains("All regions").contains("All touchpoints");
        assertThat(text.indexOf("Browse and buy")).isLessThan(text.indexOf("Receive"));
        assertThat(text).contains("+41.0").contains("−12.0 †").contains("+12.1");
        assertThat(text).contains("† low base (n < 30): greyed, not coloured; — suppressed (n < 10)");
        assertThat(text).contains("Themes costing the most NPS")
                .contains("1. Delivery −3.2 NPS points · 140 comments")
                .contains("“Parcel left in the rain, again”");
        assertThat(text).as("a theme that adds NPS is not a cost").doesNotContain("Staff attitude +1.8");
    }

    @Test
    void laterPagesHoldBenchmarksThemesAndDataNotes() throws IOException {
        byte[] pdf = render(ExecutiveDashboard.PageSize.A4);

        String benchmarks = pageText(pdf, 2);
        assertThat(benchmarks).contains("How we compare").contains("Survey benchmark 2026-10, CX Panel.")
                .contains("NPS gap to each competitor, by touchpoint")
                .contains("NPS · All touchpoints").contains("+35.0 (−7.6 *)").contains("+22.0 (+5.4 *)")
                .contains("Industry").contains("3 of 3");
        String themes = pageText(pdf, 3);
        assertThat(themes).contains("What customers talk about");
        String notes = pageText(pdf, 6);
        assertThat(notes).contains("Data notes").contains("Café Zoë in Île-de-France: Ελλάδα Россия 東京 서울").contains("顾客说：我们很满意")
                .contains("nps must be a whole number 0-10 (12 rows)")
                .contains("Shared frustration — customers and employees are both negative about: Delivery.")
                .contains("Data quality of this run").contains("1,262")
                .contains("Low bases").contains("North West · delivery NPS (n = 25)")
                .contains("Wales · installation NPS (n = 6, suppressed)")
                .contains("Definitions in short").contains("taxonomy version abc123");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(ExecutiveDashboard.PageSize.A4))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu") || name.contains("DroidSansFallback")
                            || name.contains("NanumSquare"))
                    .anyMatch(name -> name.contains("DroidSansFallback")).anyMatch(name -> name.contains("NanumSquare"));
        }
    }

    @Test
    void themesPageListsTheThemesByNpsCostWithQuotesAndTheEmergingTopics() throws IOException {
        String page = pageText(render(ExecutiveDashboard.PageSize.A4), 3);

        assertThat(page).contains("What customers talk about");
        assertThat(page.indexOf("Delivery · staff too")).isLessThan(page.indexOf("Staff attitude"));
        assertThat(page).contains("−3.2").contains("“Parcel left in the rain, again”");
        assertThat(page).contains("“missed the delivery slot”: 42 customers, 0.0 % → 3.1 % of commenters — no theme"
                + " covers it yet").contains("e.g. “Third time I missed the delivery slot, ring me on [phone].”");
    }

    @Test
    void theStoryFitsOnPageOneInA4AndLetterWithFivePagesBehindIt() throws IOException {
        for (ExecutiveDashboard.PageSize size : ExecutiveDashboard.PageSize.values()) {
            byte[] pdf = render(size);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).as(size.name()).isEqualTo(6);
            }
            assertThat(pageText(pdf, 1)).as(size + " page 1 holds the whole story")
                    .contains("What changed").contains("Net Promoter Score").contains("NPS, last 13 periods")
                    .contains("All touchpoints").contains("Themes costing the most NPS").contains("Benchmarks, themes");
        }
        try (PDDocument letter = Loader.loadPDF(render(ExecutiveDashboard.PageSize.LETTER))) {
            PDRectangle letterPage = letter.getPage(0).getMediaBox();
            assertThat(letterPage.getWidth()).isEqualTo(612);
            assertThat(letterPage.getHeight()).isEqualTo(792);
        }
    }

    @Test
    void aSliceCopyCarriesTheSlicesOwnValueUnderTheCompanyHeadline() throws IOException {
        CxPeriodReport company = SampleReport.october2026();
        CxPeriodReport northWest = new CxPeriodReport(company.ownBrand(), company.period(), company.runId(),
                company.businessDate(), company.generatedAt(), company.zone(), company.locale(), company.headlines(),
                company.npsTrend(), company.kpis(), List.of(), company.dataQuality(), company.themes(), List.of(),
                company.taxonomyVersion(), List.of(), company.npsHeatmap(), new ReportSlice("region", "North West"),
                company.bases(), company.operations(), company.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(northWest, pdf);

        String page = pageText(pdf.toByteArray(), 1);
        assertThat(page).contains("Northwind · Customer experience · North West")
                .contains("company headline and the region North West only");
        assertThat(page).contains("NPS in North West, last 13 periods");
        assertThat(pageText(pdf.toByteArray(), 3)).contains("Emerging topics are mined over the whole company");
    }

    @Test
    void twentyTouchpointsInEightRegionsStillFitPageOneOnLetter() throws IOException {
        CxPeriodReport sample = SampleReport.october2026();
        List<HeatmapCell> cells = new java.util.ArrayList<>();
        for (int t = 0; t < 20; t++) {
            for (int r = 0; r < 8; r++) {
                cells.add(new HeatmapCell("Stage " + t / 5, t / 5, "touchpoint " + t, "Region " + r, 20.0 + t - r, 200,
                        BaseFlag.OK));
            }
            cells.add(new HeatmapCell("Stage " + t / 5, t / 5, "touchpoint " + t, "ALL", 20.0 + t, 1600, BaseFlag.OK));
        }
        cells.add(new HeatmapCell("", -1, "ALL", "ALL", 27.4, 32_000, BaseFlag.OK));
        CxPeriodReport big = new CxPeriodReport(sample.ownBrand(), sample.period(), sample.runId(),
                sample.businessDate(), sample.generatedAt(), sample.zone(), sample.locale(), sample.headlines(),
                sample.npsTrend(), sample.kpis(), sample.benchmarks(), sample.dataQuality(), sample.themes(),
                sample.emergingTopics(), sample.taxonomyVersion(), sample.notes(), cells, null, sample.bases(), sample.operations(),
                sample.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.LETTER).render(big, pdf);

        assertThat(pageText(pdf.toByteArray(), 1)).contains("touchpoint 19").contains("Region 7")
                .contains("Themes costing the most NPS").contains("Benchmarks, themes, operations, money and data notes follow.");
        assertThat(pageText(pdf.toByteArray(), 2)).startsWith("How we compare");
    }

    @Test
    void aPeriodWhoseEveryValueIsSuppressedStillRendersAndSaysSo() throws IOException {
        CxPeriodReport full = SampleReport.october2026();
        List<HeadlineKpi> suppressed = full.headlines().stream().map(headline -> new HeadlineKpi(headline.metric(),
                headline.label(), new KpiRow("2026-10", SampleReport.START, SampleReport.END, "Northwind", "ALL", "ALL",
                        headline.metric(), null, 4, null, null, null, null, null, null, null, BaseFlag.SUPPRESSED, null),
                null, null, null, null, null, null, null, null)).toList();
        CxPeriodReport report = new CxPeriodReport(full.ownBrand(), full.period(), full.runId(), full.businessDate(),
                full.generatedAt(), full.zone(), full.locale(), suppressed, List.of(), List.of(), List.of(),
                full.dataQuality(), List.of(), List.of(), null, List.of(),
                List.of(new HeatmapCell("Receive", 0, "delivery", "London", null, 3, BaseFlag.SUPPRESSED),
                        new HeatmapCell("", -1, "ALL", "ALL", null, 4, BaseFlag.SUPPRESSED)),
                null, full.bases(), full.operations(), full.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(report, pdf);

        String page = pageText(pdf.toByteArray(), 1);
        assertThat(page).contains("n = 4 · suppressed").contains("Not coloured")
                .contains("No theme costs NPS points this period.");
    }

    @Test
    void numbersAreFormattedForTheConfiguredLocale() throws IOException {
        CxPeriodReport uk = SampleReport.october2026();
        CxPeriodReport german = new CxPeriodReport(uk.ownBrand(), uk.period(), uk.runId(), uk.businessDate(),
                uk.generatedAt(), uk.zone(), Locale.GERMANY, uk.headlines(), uk.npsTrend(), uk.kpis(), uk.benchmarks(),
                uk.dataQuality(), uk.themes(), uk.emergingTopics(), uk.taxonomyVersion(), uk.notes(), uk.npsHeatmap(),
                uk.slice(), uk.bases(), uk.operations(), uk.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(german, pdf);

        String page = pageText(pdf.toByteArray(), 1);
        assertThat(page).contains("+27,4").contains("95 % interval 24,1 to 30,7").contains("n = 1.250")
                .contains("78,5 %").contains("5,31").contains("01.10.2026 – 31.10.2026");
        assertThat(page).doesNotContain("+27.4");
    }

    @Test
    void heatmapColoursAreBandsAroundTheCompanyFigure() {
        assertThat(NpsHeatmap.tone(-12)).isEqualTo(GridTable.Tone.WORSE_2);
        assertThat(NpsHeatmap.tone(-5)).isEqualTo(GridTable.Tone.WORSE_1);
        assertThat(NpsHeatmap.tone(2.9)).isEqualTo(GridTable.Tone.PAR);
        assertThat(NpsHeatmap.tone(3)).isEqualTo(GridTable.Tone.BETTER_1);
        assertThat(NpsHeatmap.tone(10)).isEqualTo(GridTable.Tone.BETTER_2);
    }

    @Test
    void theDataQualityTableCountsDuplicateIdsPerFeed() throws IOException {
        String notes = pageText(render(ExecutiveDashboard.PageSize.A4), 6);

        assertThat(notes).contains("Rejected Duplicate ids Data as of")
                .as("responses: 12 rejected, 7 duplicate ids").contains("12 7 31 Oct 2026");
    }

    @Test
    void theLowBaseListNamesEachScopeOnceThoughTheWarehouseKeepsABrandAllRowBesideTheOwnBrands() throws IOException {
        CxPeriodReport full = SampleReport.october2026();
        List<KpiRow> kpis = new ArrayList<>(full.kpis());
        full.kpis().stream().filter(row -> row.base() != BaseFlag.OK).forEach(row -> kpis.add(new KpiRow(row.period(),
                row.periodStart(), row.periodEnd(), "ALL", row.region(), row.touchpoint(), row.metric(), row.value(),
                row.n(), row.ciLow(), row.ciHigh(), row.priorValue(), row.change(), row.changeSignificant(),
                row.target(), row.status(), row.base(), row.lastYearValue())));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(withKpis(full, kpis), pdf);

        String notes = pageText(pdf.toByteArray(), 6);
        assertThat(occurrences(notes, "North West · delivery NPS (n = 25)")).isEqualTo(1);
        assertThat(occurrences(notes, "Wales · installation NPS (n = 6, suppressed)")).isEqualTo(1);
        assertThat(notes).contains("2 values have a low base (n < 30) and are shown greyed; 1 with n < 10");
        assertThat(occurrences(notes, "Wales FCR (n = 22)")).isEqualTo(1);
    }

    @Test
    void aPeriodWithoutResponsesSaysNoDataOnPageOneAndPrintsNoNullAndNoGap() throws IOException {
        CxPeriodReport full = SampleReport.october2026();
        List<HeadlineKpi> empty = full.headlines().stream().map(headline -> new HeadlineKpi(headline.metric(),
                headline.label(), new KpiRow("2026-10", SampleReport.START, SampleReport.END, "ALL", "ALL", "ALL",
                        headline.metric(), null, 0, null, null, null, null, null, null, null, BaseFlag.SUPPRESSED, null),
                null, null, null, null, null, null, null, null)).toList();
        List<KpiRow> zeros = empty.stream().map(HeadlineKpi::current).toList();
        CxPeriodReport report = new CxPeriodReport(full.ownBrand(), full.period(), full.runId(), full.businessDate(),
                full.generatedAt(), full.zone(), full.locale(), empty, List.of(), zeros, List.of(),
                full.dataQuality(), List.of(), List.of(), null, List.of(), List.of(), null, full.bases(), full.operations(),
                full.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(report, pdf);

        assertThat(pageText(pdf.toByteArray(), 1)).contains("No data for this period: no survey responses fall in"
                + " 2026-10").doesNotContain("What changed");
        String all = allText(pdf.toByteArray());
        assertThat(all).doesNotContainIgnoringCase("null").doesNotContain("Gap to")
                .contains("No competitor benchmark covers this period.")
                .doesNotContain("values have a low base");
    }

    @Test
    void theSocialBenchmarkShowsEachBrandsMarginAndGreysALowBase() throws IOException {
        // given the own brand's net sentiment +10 ± 7.9, Contoso's −5 ± 9.3 significantly below it,
        // and Initech's +50 from 10 posts: a low base
        CxPeriodReport sample = SampleReport.october2026();
        List<BenchmarkRow> benchmarks = new ArrayList<>(sample.benchmarks());
        benchmarks.add(social("Northwind", 10.0, 2.1, 17.9, 300, null, null, BaseFlag.OK));
        benchmarks.add(social("Contoso", -5.0, -14.3, 4.3, 200, 15.0, true, BaseFlag.OK));
        benchmarks.add(social("Initech", 50.0, 19.0, 81.0, 10, -40.0, null, BaseFlag.LOW));
        CxPeriodReport report = new CxPeriodReport(sample.ownBrand(), sample.period(), sample.runId(),
                sample.businessDate(), sample.generatedAt(), sample.zone(), sample.locale(), sample.headlines(),
                sample.npsTrend(), sample.kpis(), benchmarks, sample.dataQuality(), sample.themes(),
                sample.emergingTopics(), sample.taxonomyVersion(), sample.notes(), sample.npsHeatmap(), null,
                sample.bases(), sample.operations(), sample.sentiment());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        // when
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(report, pdf);

        // then the own brand's column once, with its margin; the gap's significance marked; the low base marked
        String page = pageText(pdf.toByteArray(), 2);
        assertThat(page).contains("Net sentiment").contains("+10.0 ±7.9").contains("−5.0 ±9.3 *")
                .contains("+50.0 ±31.0" + NpsHeatmap.LOW_BASE_MARK);
        assertThat(page).contains("Posts this period Northwind Contoso Initech")
                .as("the own brand is no competitor column").doesNotContain("Initech Northwind");
    }

    private static BenchmarkRow social(String brand, double value, double low, double high, int posts, Double gap,
            Boolean significant, BaseFlag base) {
        return new BenchmarkRow("2026-10", brand, "ALL", "ALL", Metric.NET_SENTIMENT, value, posts, 10.0, gap,
                significant, 1, "posts", low, high, base);
    }

    @Test
    void theDataNotesSayHowOftenSentimentAgreesWithTheCustomersOwnScoresOrWhyTheLexiconStoodAlone()
            throws IOException {
        CxPeriodReport learned = SampleReport.october2026();
        SentimentLearning few = new SentimentLearning(false, "only 312 scored texts, learning needs 2,000", 312, 250,
                62, null, 70.97, LocalDate.of(2025, 10, 31), LocalDate.of(2026, 10, 31), 2_000, 0.2, 0.5);
        CxPeriodReport lexicon = new CxPeriodReport(learned.ownBrand(), learned.period(), learned.runId(),
                learned.businessDate(), learned.generatedAt(), learned.zone(), learned.locale(), learned.headlines(),
                learned.npsTrend(), learned.kpis(), learned.benchmarks(), learned.dataQuality(), learned.themes(),
                learned.emergingTopics(), learned.taxonomyVersion(), learned.notes(), learned.npsHeatmap(),
                learned.slice(), learned.bases(), learned.operations(), few);

        assertThat(allText(render(learned))).contains("Sentiment agrees with the customer's own score on 81.2 % of"
                + " 4,000 held-out scored texts (the lexicon alone: 74.0 %): learned from 16,000 scored texts of"
                + " 2025-10-31 to 2026-10-31 and blended with the lexicon.")
                .contains("Sentiment: the lexicon's score blended (50 %) with what the customers' own scores taught");
        assertThat(allText(render(lexicon))).contains("Sentiment from the lexicon alone: only 312 scored texts,"
                + " learning needs 2,000. It agrees with the customer's own score on 71.0 % of 62 held-out scored"
                + " texts.").doesNotContain("Sentiment: the lexicon's score blended");
    }

    private static byte[] render(CxPeriodReport report) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(ExecutiveDashboard.PageSize.A4).render(report, pdf);
        return pdf.toByteArray();
    }

    private static byte[] render(ExecutiveDashboard.PageSize size) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(size).render(SampleReport.october2026(), pdf);
        return pdf.toByteArray();
    }

    private static CxPeriodReport withKpis(CxPeriodReport report, List<KpiRow> kpis) {
        return new CxPeriodReport(report.ownBrand(), report.period(), report.runId(), report.businessDate(),
                report.generatedAt(), report.zone(), report.locale(), report.headlines(), report.npsTrend(), kpis,
                report.benchmarks(), report.dataQuality(), report.themes(), report.emergingTopics(),
                report.taxonomyVersion(), report.notes(), report.npsHeatmap(), report.slice(), report.bases(),
                report.operations(), report.sentiment());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String allText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            // Lines wrap where the layout decides; the tests read the words, not the line breaks.
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
