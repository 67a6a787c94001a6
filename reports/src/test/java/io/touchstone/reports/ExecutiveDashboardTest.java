package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
            assertThat(ExecutiveDashboard.main(size)).isNotNull();
        }
        assertThat(ExecutiveDashboard.quality()).isNotNull();
        assertThat(ExecutiveDashboard.themes()).isNotNull();
    }

    @Test
    void pageOneShowsTheHeadlinesWithStatusChangeAndGaps() throws IOException {
        String text = textOf(render(ExecutiveDashboard.PageSize.A4));

        assertThat(text).contains("Northwind · Customer experience").contains("2026-10");
        assertThat(text).contains("+27.4").contains("95 % interval 24.1 to 30.7").contains("n = 1,250");
        assertThat(text).contains("✖ Off target (32.0)").contains("▲ Near target (80.0)").contains("✔ On target (5.30)");
        assertThat(text).contains("vs 2026-09: +2.3 ▲, within noise");
        assertThat(text).contains("Gap to industry +1.4").contains("Gap to Fabrikam (best) −7.6 *");
        assertThat(text).contains("78.5 %").contains("5.31");
        assertThat(text).contains("Café Zoë in Île-de-France: Ελλάδα Россия 東京");
        assertThat(text).contains("nps must be a whole number 0-10, got '11' (12 rows)");
        assertThat(text).contains("Themes costing the most NPS: Delivery −3.2 NPS points (140 comments")
                .contains("“Parcel left in the rain, again”");
        assertThat(text).doesNotContain("Staff attitude +1.8");
        assertThat(text).contains("“parcelink” 0.0 % → 3.1 % of comments (no theme yet)");
        assertThat(text).contains("Shared frustration — customers and employees are both negative about: Delivery.");
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
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu") || name.contains("DroidSansFallback"))
                    .anyMatch(name -> name.contains("DroidSansFallback"));
        }
    }

    @Test
    void pageTwoListsTheThemesByNpsCostWithQuotesAndTheEmergingTopics() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(ExecutiveDashboard.PageSize.A4))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page = stripper.getText(pdf);

            assertThat(page).contains("What customers talk about");
            assertThat(page.indexOf("Delivery · staff too")).isLessThan(page.indexOf("Staff attitude"));
            assertThat(page).contains("−3.2").contains("“Parcel left in the rain, again”");
            assertThat(page).contains("“parcelink”: 42 comments, 0.0 % → 3.1 % of comments — no theme covers it yet");
        }
    }

    @Test
    void theStoryFitsOnPageOneAndThemesOnPageTwoInA4AndLetter() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(render(ExecutiveDashboard.PageSize.A4));
                PDDocument letter = Loader.loadPDF(render(ExecutiveDashboard.PageSize.LETTER))) {
            assertThat(a4.getNumberOfPages()).isEqualTo(2);
            assertThat(letter.getNumberOfPages()).isEqualTo(2);
            PDRectangle letterPage = letter.getPage(0).getMediaBox();
            assertThat(letterPage.getWidth()).isEqualTo(612);
            assertThat(letterPage.getHeight()).isEqualTo(792);
        }
    }

    private static byte[] render(ExecutiveDashboard.PageSize size) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ExecutiveDashboard(size).render(SampleReport.october2026(), pdf);
        return pdf.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
