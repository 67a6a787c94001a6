package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.reports.model.CxPeriodReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's "Operations and closing the loop" and "CX in money" pages, read back as text. */
class OperationsPagesTest {

    private static byte[] company;

    @BeforeAll
    static void render() throws IOException {
        company = render(SampleReport.october2026(), ExecutiveDashboard.PageSize.A4);
    }

    @Test
    void theOperationsPageFollowsTheThemesWithTilesStatusAndChange() throws IOException {
        assertThat(pageText(company, 3)).contains("What customers talk about");
        String page = pageText(company, 4);

        assertThat(page).startsWith("Operations and closing the loop")
                .contains("contacted within 48 h of responding");
        assertThat(page).contains("First-contact resolution 72.4 %").contains("✖ Off target (75.0 %)")
                .contains("vs 2026-09: −2.5 ▼, significant, worse");
        assertThat(page).as("seconds as people say them").contains("Wait, 90th percentile 5 min 12 s")
                .contains("✖ Off target (4 min)").contains("vs 2026-09: +1 min 35 s ▲, significant, worse");
        assertThat(page).contains("Median wait 48 s").contains("✔ On target (1 min)");
        assertThat(page).contains("Average handle time 6 min 35 s").contains("vs 2026-09: −7 s ▼, within noise");
        assertThat(page).contains("Median hours to contact 31.5 h").contains("Service lift (CSAT) 0.42")
                .contains("Loop closed within SLA 64.0 %").contains("Callback offered 18.2 %");
    }

    @Test
    void theServiceDriversTableShowsNpsByFirstContactResolutionAndWaitBandAgainstTheRest() throws IOException {
        String page = pageText(company, 4);

        assertThat(page).contains("Service drivers: NPS by what happened in the customer's last interaction · Company")
                .contains("Driver · group Responses NPS 95 % interval NPS of the rest Gap vs rest")
                .contains("Resolved first time 2,140 +38.2 34.4 to 42.0 +2.1 +36.1 *")
                .contains("Not resolved first time 1,010 +2.1 −3.6 to 7.8 +38.2 −36.1 *")
                .contains("Wait 5-15 min 528 +12.4 4.8 to 20.0 +31.9 −19.5 *")
                .contains("Wait 1-5 min 980 +27.1 21.6 to 32.6 +30.2 −3.1 ");
        assertThat(page).as("a low base is greyed and never called significant")
                .contains("Wait > 15 min 22 −18.2 † −55.0 to 18.6 +28.9 −47.1 ");
        assertThat(page.indexOf("Resolved first time")).isLessThan(page.indexOf("Wait < 1 min"));
    }

    @Test
    void theOperationsPageBreaksWaitAndFcrDownByRegionAndTouchpointAndShowsLoopClosureOverTime() throws IOException {
        String page = pageText(company, 4);

        assertThat(page).contains("Wait, first-contact resolution and loop closure by region and touchpoint")
                .contains("North West 61.0 % * 1 min 35 s 9 min *").contains("London 78.0 %")
                .contains("Wales 70.1 % †").contains("phone 69.0 % *").contains("Company 72.4 % 48 s 5 min 12 s");
        assertThat(page).contains("Detractors contacted within 48 h, last 13 periods")
                .contains("Oct 25").contains("Oct 26").contains("78.0 %").contains("64.0 %");
    }

    @Test
    void theMoneyPageShowsChurnByGroupRevenueAtRiskPerNpsPointAndTheMethod() throws IOException {
        String page = pageText(company, 5);

        assertThat(page).startsWith("CX in money").contains("within 180 days").contains("amounts in EUR");
        assertThat(page).contains("Revenue at risk (annual) EUR 1,234,440")
                .contains("1,420 active detractor accounts with EUR 15,240,000 annual revenue × churn gap +8.1 pts");
        assertThat(page).contains("Revenue per NPS point (annual) EUR 15,957")
                .contains("4,000 responding accounts / 200 × churn gap +8.1 pts × mean revenue EUR 9,850");
        assertThat(page).contains("Churn by NPS group · Company")
                .contains("Promoters (9-10) 1,480 90 6.1 % 4.9 to 7.3 % 310 1,720 EUR 17,950,000")
                .contains("Detractors (0-6) 640 91 14.2 % 11.5 to 16.9 % 140 1,420 EUR 15,240,000");
        assertThat(page).contains("Revenue at risk by region and touchpoint")
                .contains("North West 390 EUR 3,900,000 +19.8 pts EUR 772,200 EUR 8,554");
        assertThat(page).contains("Method: each account counts in the NPS group of its latest response")
                .contains("one NPS point = one detractor in 200 becoming a promoter")
                .contains("amounts converted to EUR at the configured rates.");
    }

    @Test
    void pageOneNamesTheSignificantOperationalMovesAndTheRevenueAtRisk() throws IOException {
        String page = pageText(company, 1);

        assertThat(page).contains("operations: FCR −2.5, WAIT_P90 +1 min 35 s (significant, worse)")
                .contains("revenue at risk EUR 1,234,440");
    }

    @Test
    void theDataNotesNameUnmatchedFollowUpsRunningHorizonsAndTheNewLowBases() throws IOException {
        String notes = pageText(company, 6);

        assertThat(notes).startsWith("Data notes")
                .contains("37 follow-ups name a response that is not (yet) in the warehouse")
                .contains("600 accounts responded less than 180 days ago: their churn horizon is not complete, so"
                        + " they are left out of the churn rates")
                .contains("Low bases on the operations and money pages, greyed and not tested: Wait > 15 min (n = 22)")
                .contains("Wales FCR (n = 22)")
                .contains("60 interactions rows were rejected")
                .contains("Most common accounts rejects: currency XYZ has no rate");
        assertThat(notes).contains("interactions").contains("followups").contains("18,300");
    }

    @Test
    void withoutOperationalDataBothPagesAreLeftOutAndTheDataNotesSaySo() throws IOException {
        byte[] pdf = render(SampleReport.withoutOperations(SampleReport.october2026()), ExecutiveDashboard.PageSize.A4);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }
        String all = allText(pdf);
        assertThat(all).doesNotContain("Operations and closing the loop").doesNotContain("CX in money")
                .doesNotContain("revenue at risk");
        assertThat(pageText(pdf, 4)).startsWith("Data notes").contains("No operational data delivered: no"
                + " interactions, follow-ups or accounts reached the warehouse for this report, so the operations and"
                + " money pages are left out.");
        assertThat(pageText(pdf, 1)).contains("Benchmarks, themes and data notes follow.");
    }

    @Test
    void aSliceCopyShowsTheSlicesOwnOperationsAndMoneyBesideTheCompanysFigure() throws IOException {
        byte[] pdf = render(SampleReport.northWest(), ExecutiveDashboard.PageSize.A4);

        String operations = pageText(pdf, 4);
        assertThat(operations).startsWith("Operations and closing the loop · North West")
                .contains("First-contact resolution 61.0 %").contains("Company: 72.4 %")
                .contains("Wait, 90th percentile 9 min").contains("Company: 5 min 12 s")
                .contains("Service drivers: NPS by what happened in the customer's last interaction · North West")
                .contains("Resolved first time 420 +30.5");
        assertThat(operations).doesNotContain("London").doesNotContain("Wales");
        String money = pageText(pdf, 5);
        assertThat(money).startsWith("CX in money · North West").contains("EUR 772,200")
                .contains("Churn by NPS group · North West")
                .contains("Detractors (0-6) 180 50 27.8 %").contains("Passives (7-8) 25 3 12.0 % †");
        assertThat(money).doesNotContain("London").doesNotContain("EUR 1,234,440");
    }

    @Test
    void theNewPagesFitLetterPaperAsTheyFitA4() throws IOException {
        byte[] letter = render(SampleReport.october2026(), ExecutiveDashboard.PageSize.LETTER);

        try (PDDocument document = Loader.loadPDF(letter)) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
        }
        assertThat(pageText(letter, 4)).startsWith("Operations and closing the loop")
                .contains("Detractors contacted within 48 h");
        assertThat(pageText(letter, 5)).startsWith("CX in money").contains("Method: each account counts");
    }

    @Test
    void unitsFollowTheReportLocale() {
        DashboardText german = new DashboardText(java.util.Locale.GERMANY, "EUR");

        assertThat(german.money(1_234_440)).isEqualTo("EUR\u00A01.234.440");
        assertThat(german.value(io.touchstone.reports.model.Metric.WAIT_P90, 95)).isEqualTo("1 min 35 s");
        assertThat(german.value(io.touchstone.reports.model.Metric.WAIT_P50, 45)).isEqualTo("45 s");
        assertThat(german.value(io.touchstone.reports.model.Metric.AHT, 3_900)).isEqualTo("1 h 5 min");
        assertThat(german.value(io.touchstone.reports.model.Metric.LOOP_TIME_P50, 31.5)).isEqualTo("31,5 h");
        assertThat(german.signed(io.touchstone.reports.model.Metric.WAIT_P90, -95)).isEqualTo("−1 min 35 s");
    }

    private static byte[] render(CxPeriodReport report, ExecutiveDashboard.PageSize size) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(size).render(report, pdf);
        return pdf.toByteArray();
    }

    private static String allText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00A0]+", " ");
        }
    }

    /** A page's words; amounts keep their currency code with a no-break space, read here as a space. */
    private static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("[\\s\u00A0]+", " ");
        }
    }
}
