package io.touchstone.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The distribution file a CX lead edits: read as written, mistakes named with what to write. */
class DistributionListTest {

    @TempDir
    Path home;

    @Test
    void noFileMeansNoBurstCopies() {
        assertThat(list().load()).isEmpty();
    }

    @Test
    void recipientsAreReadInFileOrderWithTheirSlices() throws IOException {
        write("""
                recipients:
                  - name: Priya Shah
                    email: priya.shah@example.com
                    region: North West
                  - name: Sam Carter
                    touchpoint: delivery
                """);

        assertThat(list().load()).containsExactly(
                new DistributionList.Recipient("Priya Shah", "priya.shah@example.com",
                        new ReportSlice(ReportSlice.REGION, "North West"), false),
                new DistributionList.Recipient("Sam Carter", null, new ReportSlice(ReportSlice.TOUCHPOINT, "delivery"),
                        false));
        assertThat(new ReportSlice(ReportSlice.REGION, "Île-de-France / Nord").fileSuffix()).isEqualTo("île-de-france-nord");
    }

    @Test
    void aSpreadsheetSavedAsCsvWorksToo() throws IOException {
        Files.writeString(home.resolve("distribution.csv"), "\uFEFFname,email,region,touchpoint,workbook\r\n"
                + "Priya Shah,priya.shah@example.com,North West,,\r\n"
                + "Sam Carter,,,delivery,\r\n"
                + "Fiona Grant,fiona.grant@example.com,,,TRUE\r\n"
                + ",,,,\r\n");

        assertThat(list().everyone()).extracting(DistributionList.Recipient::name, DistributionList.Recipient::slice,
                        DistributionList.Recipient::workbook)
                .containsExactly(
                        tuple("Priya Shah", new ReportSlice(ReportSlice.REGION, "North West"), false),
                        tuple("Sam Carter", new ReportSlice(ReportSlice.TOUCHPOINT, "delivery"), false),
                        tuple("Fiona Grant", null, true));
    }

    @Test
    void aRecipientWithNeitherRegionNorTouchpointGetsTheCompanyDashboardAndNoBurstCopy() throws IOException {
        write("""
                recipients:
                  - name: Fiona Grant
                    email: fiona.grant@example.com
                    workbook: true
                  - name: Priya Shah
                    region: North West
                """);

        assertThat(list().everyone()).containsExactly(
                new DistributionList.Recipient("Fiona Grant", "fiona.grant@example.com", null, true),
                new DistributionList.Recipient("Priya Shah", null, new ReportSlice(ReportSlice.REGION, "North West"),
                        false));
        assertThat(list().load()).extracting(DistributionList.Recipient::name).containsExactly("Priya Shah");
    }

    @Test
    void eachMistakeIsNamedWithTheRecipientAndWhatToWrite() throws IOException {
        expectRejected("recipients:\n  - name: A\n    region: North West\n    touchpoint: web\n",
                "recipient 1 (A): give a region or a touchpoint (one of them)");
        expectRejected("recipients:\n  - name: A\n    region: Wales\n  - email: b@example.com\n    region: Wales\n",
                "recipient 2: give the recipient a name");
        expectRejected("recipients:\n  - name: A\n    region: ALL\n", "ALL is the whole company");
        expectRejected("recipients:\n  - name: A\n    workbook: maybe\n",
                "recipient 1 (A): workbook must be true or false, got 'maybe'");
        expectRejected("recipients:\n  - name: A\n    region: North West\n  - name: B\n    region: North-West\n",
                "recipient 2: the region 'North-West' and the region 'North West' would share the file name suffix");
        expectRejected("people:\n  - name: A\n", "must hold a list under 'recipients:'");
        expectRejected("recipients: [name: A\n", "Cannot read the distribution file");
    }

    private void expectRejected(String yaml, String message) throws IOException {
        write(yaml);
        assertThatThrownBy(() -> list().load()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(home.resolve("distribution.yml").toString()).hasMessageContaining(message);
    }

    private void write(String yaml) throws IOException {
        Files.writeString(home.resolve("distribution.yml"), yaml);
    }

    private DistributionList list() {
        return new DistributionList(new TouchstoneProperties(home, "Northwind",
                new TouchstoneProperties.Reporting(ZoneId.of("UTC"), Locale.UK, "A4", 13, List.of(), null),
                new TouchstoneProperties.Base(30, 10), new TouchstoneProperties.Ingest(10_000, "en",
                        Period.ofYears(20), Period.ofDays(2), 64 << 20),
                new TouchstoneProperties.TextMining(null, null, null, null), null, new TouchstoneProperties.Fiscal(9),
                new TouchstoneProperties.Delivery("touchstone@localhost", List.of(), DataSize.ofMegabytes(10),
                        "http://localhost:8080", 3, Duration.ofSeconds(30)),
                new TouchstoneProperties.Finance("EUR", null),
                new TouchstoneProperties.Operations(Duration.ofHours(48), Duration.ofDays(180), Duration.ofDays(30),
                        List.of(Duration.ofMinutes(1))),
                null));
    }
}
