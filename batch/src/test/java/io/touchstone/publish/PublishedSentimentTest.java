package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.SENTIMENT_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.SentimentModelRecord;
import io.touchstone.support.DomainCompany;
import io.touchstone.support.Inbox;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a night's published files say about its sentiment: the agreement with the customers' own
 * scores on the held-out texts, or that the lexicon stood alone and why — on the data-notes
 * page, in the manifest and in the workbook, all the same figures the warehouse recorded.
 */
class PublishedSentimentTest extends WarehouseTest {

    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);

    @Autowired
    private NightlyJobRunner runner;

    @Test
    void theHeldOutAgreementIsPublishedInTheNotesTheManifestAndTheWorkbook() throws IOException {
        // given a year of answers in the company's own words
        Inbox.deliver(inbox(), "responses_2026-10.csv", DomainCompany.csv(DomainCompany.answers(2_600, OCTOBER_31, 5)));

        // when
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(run.published()).as(run.failure()).isTrue();
        SentimentModelRecord model = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(model.getLearned()).isTrue();
        assertThat(pdfText(run.folder().resolve("cx-dashboard_2026-10.pdf"))).contains(String.format(Locale.ROOT,
                "Sentiment agrees with the customer's own score on %.1f %% of %,d held-out scored texts (the lexicon"
                        + " alone: %.1f %%)", model.getAgreement(), model.getHeldOut(), model.getLexiconAgreement()));
        JsonNode sentiment = manifest(run.folder()).path("sentiment");
        assertThat(sentiment.path("learned").asBoolean()).isTrue();
        assertThat(sentiment.path("heldOut").asLong()).isEqualTo(model.getHeldOut());
        assertThat(sentiment.path("trainedOn").asLong()).isEqualTo(model.getTrainedOn());
        assertThat(sentiment.path("agreement").asDouble()).isEqualTo(model.getAgreement().doubleValue());
        assertThat(sentiment.path("lexiconAgreement").asDouble()).isEqualTo(model.getLexiconAgreement().doubleValue());
        Row figures = sentimentFigures(run.folder().resolve("cx-finance_2026-10.xlsx"));
        assertThat(figures.getCell(0).getStringCellValue()).isEqualTo("blended");
        assertThat((long) figures.getCell(4).getNumericCellValue()).isEqualTo(model.getHeldOut());
        assertThat(figures.getCell(5).getNumericCellValue()).isEqualTo(model.getAgreement().doubleValue());
    }

    @Test
    void belowTheMinimumTheNotesAndTheManifestSayTheLexiconStoodAloneAndWhy() throws IOException {
        // given 40 answers, 36 of them a promoter's or a detractor's
        var answers = DomainCompany.answers(40, OCTOBER_31, 9);
        long scored = answers.stream().filter(DomainCompany.Answer::scored).count();
        Inbox.deliver(inbox(), "responses_2026-10.csv", DomainCompany.csv(answers));

        // when
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(run.published()).as(run.failure()).isTrue();
        String reason = "only " + scored + " scored texts, learning needs 2,000";
        assertThat(pdfText(run.folder().resolve("cx-dashboard_2026-10.pdf")))
                .contains("Sentiment from the lexicon alone: " + reason + ".");
        JsonNode sentiment = manifest(run.folder()).path("sentiment");
        assertThat(sentiment.path("learned").asBoolean()).isFalse();
        assertThat(sentiment.path("fallbackReason").asString()).isEqualTo(reason);
        assertThat(sentiment.path("agreement").isNull()).isTrue();
        assertThat(sentimentFigures(run.folder().resolve("cx-finance_2026-10.xlsx")).getCell(0).getStringCellValue())
                .isEqualTo("lexicon");
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static JsonNode manifest(Path folder) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(folder.resolve("manifest.json"),
                StandardCharsets.UTF_8));
    }

    /** The row of figures under the {@code sentiment} labels of the Data quality sheet. */
    private static Row sentimentFigures(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Row row : workbook.getSheet("Data quality")) {
                if (row.getCell(0).getStringCellValue().equals("sentiment")) {
                    return workbook.getSheet("Data quality").getRow(row.getRowNum() + 1);
                }
            }
        }
        throw new AssertionError("No sentiment row on the Data quality sheet of " + file);
    }
}
