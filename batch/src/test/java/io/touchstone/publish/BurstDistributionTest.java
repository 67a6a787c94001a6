package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.cli.TouchstoneCommand;
import io.touchstone.support.Inbox;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bursting: one dashboard per recipient slice of the distribution file, each holding the
 * company headline and its own slice, never another region's figures or customers' words.
 *
 * <p>Every region's customers here write about their own town (Ambleside for North West,
 * Brixton for London, Corwen for Wales) and every region's NPS is distinct: North West +50.0,
 * London −100.0, Wales +12.5; the company is −15.6 over 160 answers.
 */
class BurstDistributionTest extends WarehouseTest {

    private static final String FOLDER = "out/2026/10/2026-10";

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aRegionsCopyHoldsTheCompanyHeadlineAndItsOwnRegionOnly() throws IOException {
        deliverThreeRegions();
        distribute("""
                recipients:
                  - name: Priya Shah
                    email: priya.shah@example.com
                    region: North West
                  - name: Lee Chan
                    email: lee.chan@example.com
                    region: London
                  - name: Sam Carter
                    touchpoint: delivery
                """);

        assertThat(touchstone("run", "--date", "2026-10-31", "--period", "month")).as(err.toString()).isZero();

        String northWest = pdfText("cx-dashboard_2026-10_north-west.pdf");
        assertThat(northWest).contains("Northwind · Customer experience · North West")
                .as("the company headline").contains("−15.6").contains("n = 160")
                .as("its own figures and words").contains("North West: +50.0").contains("Ambleside");
        assertThat(northWest).as("no other region's name, figures or quotes")
                .doesNotContain("London").doesNotContain("Wales")
                .doesNotContain("Brixton").doesNotContain("Corwen")
                .doesNotContain("−100.0").doesNotContain("+12.5");

        String london = pdfText("cx-dashboard_2026-10_london.pdf");
        assertThat(london).contains("London: −100.0").contains("Brixton")
                .doesNotContain("North West").doesNotContain("Ambleside").doesNotContain("+50.0")
                .doesNotContain("Wales").doesNotContain("Corwen");

        String delivery = pdfText("cx-dashboard_2026-10_delivery.pdf");
        assertThat(delivery).contains("Northwind · Customer experience · delivery").contains("delivery:")
                .as("the store touchpoint is another owner's").doesNotContain("store");

        String company = pdfText("cx-dashboard_2026-10.pdf");
        assertThat(company).contains("North West").contains("London").contains("Wales");
    }

    @Test
    void theManifestSaysWhoGetsWhichCopyAndAWithdrawnRecipientsCopyIsRemovedOnRerun() throws IOException {
        deliverThreeRegions();
        distribute("""
                recipients:
                  - name: Priya Shah
                    email: priya.shah@example.com
                    region: North West
                  - name: Ravi Patel
                    region: North West
                  - name: Lee Chan
                    region: London
                """);
        assertThat(touchstone("run", "--date", "2026-10-31")).as(err.toString()).isZero();

        JsonNode manifest = JsonMapper.builder().build().readTree(home.resolve(FOLDER).resolve("manifest.json").toFile());
        List<String> deliveries = new ArrayList<>();
        manifest.path("recipients").forEach(recipient -> deliveries.add(recipient.path("name").asString() + " → "
                + recipient.path("file").asString()));
        assertThat(deliveries).containsExactly("Priya Shah → cx-dashboard_2026-10_north-west.pdf",
                "Ravi Patel → cx-dashboard_2026-10_north-west.pdf", "Lee Chan → cx-dashboard_2026-10_london.pdf");
        List<String> files = new ArrayList<>();
        manifest.path("files").forEach(file -> files.add(file.path("name").asString()));
        assertThat(files).contains("cx-dashboard_2026-10_north-west.pdf", "cx-dashboard_2026-10_london.pdf")
                .doesNotHaveDuplicates();

        distribute("""
                recipients:
                  - name: Priya Shah
                    region: North West
                """);
        assertThat(touchstone("rerun", "--date", "2026-10-31")).as(err.toString()).isZero();

        assertThat(home.resolve(FOLDER).resolve("cx-dashboard_2026-10_london.pdf")).doesNotExist();
        assertThat(home.resolve(FOLDER).resolve("cx-dashboard_2026-10_north-west.pdf")).exists();
    }

    @Test
    void aMistakeInTheDistributionFileIsReportedBeforeAnyDataIsLoaded() {
        deliverThreeRegions();
        distribute("""
                recipients:
                  - name: Priya Shah
                    regoin: North West
                """);

        int status = touchstone("run", "--date", "2026-10-31");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("recipient 1").contains("unknown setting or column 'regoin'")
                .contains("use name, email, region, touchpoint or workbook");
        assertThat(dsl.fetchCount(RESPONSE)).isZero();
    }

    /** 60 North West answers (NPS +50), 60 London (−100), 40 Wales (+12.5), each naming its town. */
    private void deliverThreeRegions() {
        StringBuilder csv = new StringBuilder(
                "response_id,responded_at,brand,touchpoint,region,channel,customer_id,nps,csat,ces,comment,language\n");
        int id = 0;
        id = region(csv, id, "North West", "Ambleside", 60, 40, 10);
        id = region(csv, id, "London", "Brixton", 60, 0, 0);
        region(csv, id, "Wales", "Corwen", 40, 15, 15);
        Inbox.deliver(home.resolve("inbox"), "responses_2026-10.csv", csv.toString());
    }

    private static int region(StringBuilder csv, int id, String region, String town, int answers, int promoters,
            int passives) {
        for (int i = 0; i < answers; i++, id++) {
            int nps = i < promoters ? 10 : i < promoters + passives ? 7 : 2;
            String touchpoint = i % 2 == 0 ? "delivery" : "store";
            String comment = nps >= 9 ? "The " + town + " team were friendly and helpful."
                    : "The " + town + " courier delivered my parcel late and damaged.";
            csv.append(String.format(Locale.ROOT, "R%04d,2026-10-%02dT10:00:00+00:00,Northwind,%s,%s,email,C%d,%d,%d,%d,%s,en%n",
                    id, 1 + i % 28, touchpoint, region, id, nps, nps >= 9 ? 5 : 2, nps >= 9 ? 6 : 3, comment));
        }
        return id;
    }

    private void distribute(String yaml) {
        try {
            Files.writeString(home.resolve("distribution.yml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String pdfText(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(home.resolve(FOLDER).resolve(name).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private int touchstone(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--db-url", TestDatabase.jdbcUrl()));
        all.addAll(List.of(args));
        return TouchstoneCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }
}
