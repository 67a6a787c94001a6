package io.touchstone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.support.ConsoleClient;
import io.touchstone.support.ConsoleTest;
import io.touchstone.support.Fixtures;
import io.touchstone.users.ConsoleRole;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /files/{runId}/{fileName}} serves a run's published files by their manifest names and
 * nothing else; a viewer limited to a slice gets their burst copy only. The October fixture run
 * publishes the company dashboard, the workbook, the comments file and, for the London viewer,
 * a London copy.
 */
class PublishedFileAccessTest extends ConsoleTest {

    private static final String DASHBOARD = "cx-dashboard_2026-10.pdf";
    private static final String LONDON = "cx-dashboard_2026-10_london.pdf";
    private static final String WORKBOOK = "cx-finance_2026-10.xlsx";
    private static final String COMMENTS = "cx-comments_2026-10.csv";

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    DeliveryService delivery;

    private final JsonMapper json = JsonMapper.builder().build();
    private long runId;

    @BeforeEach
    void octoberIsPublished() {
        user("vera", ConsoleRole.VIEWER);
        viewer("lena", "region", "London");
        Fixtures.deliverNightly(inbox());
        RunResult run = runner.run(LocalDate.of(2026, 10, 31), PeriodKind.MONTH, inbox(), out());
        assertThat(run.status()).as(run.failure()).isEqualTo("COMPLETED");
        runId = run.runId();
    }

    @Test
    void aViewerDownloadsAPublishedFileAsTheManifestDescribesIt() throws Exception {
        ConsoleClient.Answer file = script().getAs("vera", PASSWORD, "/files/" + runId + "/" + DASHBOARD);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains(DASHBOARD);
        JsonNode listed = fileOf(runs("vera").get(0), DASHBOARD);
        assertThat(sha256(file.bytes())).isEqualTo(listed.get("sha256").asString());
        assertThat((long) file.bytes().length).isEqualTo(listed.get("bytes").asLong());
        assertThat(new String(file.bytes(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aViewerWithASliceSeesAndOpensOnlyTheirBurstCopy() throws Exception {
        JsonNode run = runs("lena").get(0);

        assertThat(names(run)).containsExactly(LONDON);
        assertThat(fileOf(run, LONDON).get("slice").get("dimension").asString()).isEqualTo("region");
        assertThat(fileOf(run, LONDON).get("slice").get("value").asString()).isEqualTo("London");
        assertThat(script().getAs("lena", PASSWORD, "/files/" + runId + "/" + LONDON).status()).isEqualTo(200);
        for (String everySlice : List.of(DASHBOARD, WORKBOOK, COMMENTS)) {
            assertThat(script().getAs("lena", PASSWORD, "/files/" + runId + "/" + everySlice).status())
                    .as(everySlice).isEqualTo(403);
        }
    }

    @Test
    void aViewerWithoutASliceSeesEveryFileWithTheBurstCopiesMarked() throws Exception {
        JsonNode run = runs("vera").get(0);

        assertThat(names(run)).contains(DASHBOARD, LONDON, WORKBOOK, COMMENTS);
        assertThat(fileOf(run, DASHBOARD).has("slice") && !fileOf(run, DASHBOARD).get("slice").isNull()).isFalse();
        assertThat(fileOf(run, LONDON).get("slice").get("value").asString()).isEqualTo("London");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/files/{run}/../../db.secret",
        "/files/{run}/..%2F..%2Fdb.secret",
        "/files/{run}/%2e%2e/%2e%2e/db.secret",
        "/files/{run}/%2E%2E%2F%2E%2E%2Fdb.secret",
        "/files/{run}/%2Fetc%2Fpasswd",
        "/files/{run}//etc/passwd",
        "/files/{run}/responses_2026-10.csv",
        "/files/{run}/.cx-dashboard_2026-10.pdf.part",
        "/files/{run}/CX-DASHBOARD_2026-10.PDF",
        "/files/999/cx-dashboard_2026-10.pdf",
        "/files/not-a-run/cx-dashboard_2026-10.pdf",
        "/files/{run}/2026/10/2026-10/cx-dashboard_2026-10.pdf",
    })
    void anythingThatIsNotOneOfTheRunsPublishedFilesIsNotFound(String path) {
        ConsoleClient.Answer answer = script().getAs("vera", PASSWORD, path.replace("{run}", Long.toString(runId)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("PostgreSQL").doesNotContain("root:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/files/{run}/..%5C..%5Cdb.secret", "/files/{run}/cx-dashboard_2026-10.pdf%00.txt"})
    void aBackslashOrANullByteIsRefusedByTheServerBeforeTheConsoleSeesIt(String path) {
        ConsoleClient.Answer answer = script().getAs("vera", PASSWORD, path.replace("{run}", Long.toString(runId)));

        assertThat(answer.status()).isIn(400, 404);
        assertThat(answer.bytes().length).isLessThan(2000);
        assertThat(answer.body()).doesNotContain("%PDF").doesNotContain("PostgreSQL");
    }

    @Test
    void anotherRunsFileNameIsNotFoundAndAReplacedFileIsGoneWithTheRunToAskInstead() throws Exception {
        Fixtures.deliverNightly(inbox());
        long september = runner.run(LocalDate.of(2026, 9, 30), PeriodKind.MONTH, inbox(), out()).runId();
        assertThat(script().getAs("vera", PASSWORD, "/files/" + september + "/" + DASHBOARD).status())
                .as("October's dashboard is not September's file").isEqualTo(404);

        long rerun = runner.run(LocalDate.of(2026, 10, 31), PeriodKind.MONTH, inbox(), out()).runId();

        ConsoleClient.Answer replaced = script().getAs("vera", PASSWORD, "/files/" + runId + "/" + DASHBOARD);
        assertThat(replaced.status()).isEqualTo(410);
        assertThat(replaced.body()).contains("run " + rerun);
        assertThat(script().getAs("vera", PASSWORD, "/files/" + rerun + "/" + DASHBOARD).status()).isEqualTo(200);
        JsonNode first = runs("vera").stream().filter(run -> run.get("id").asLong() == runId).findFirst().orElseThrow();
        assertThat(first.get("replacedBy").asLong()).isEqualTo(rerun);
    }

    @Test
    void aPersonLoggedInDownloadsWithTheSessionAndTheLinkOfAnEmailSurvivesTheLogin() {
        ConsoleClient browser = browser();
        String link = "/files/" + runId + "/" + DASHBOARD;
        ConsoleClient.Answer first = browser.get(link);
        assertThat(first.status()).isEqualTo(302);

        ConsoleClient.Answer login = browser.logIn("vera", PASSWORD);

        assertThat(login.header("Location")).as("back to the file asked for").contains(link);
        assertThat(browser.get(link).status()).isEqualTo(200);
    }

    @Test
    void theRawLinesOfRejectedRowsAreForCxLeadsOnly() {
        user("carl", ConsoleRole.CX_LEAD);
        ConsoleClient lead = browser();
        lead.logIn("carl", PASSWORD);
        ConsoleClient plain = browser();
        plain.logIn("vera", PASSWORD);

        String asLead = lead.get("/runs/" + runId).body();
        String asViewer = plain.get("/runs/" + runId).body();

        assertThat(asLead).contains("Rejected rows").contains("responses_2026-10.csv").contains(",12,");
        assertThat(asViewer).contains("ingestResponsesStep").doesNotContain("Rejected rows").doesNotContain(",12,");
        assertThat(plain.get("/runs/" + runId + "/rejects").status()).isEqualTo(403);
    }

    @Test
    void aCxLeadReadsTheDeliveryLogOfARunAndResendsOneMessage() throws Exception {
        user("carl", ConsoleRole.CX_LEAD);
        Files.writeString(HOME.resolve("distribution.yml"), """
                recipients:
                  - name: Priya Shah
                    email: priya.shah@example.com
                """);
        try {
            delivery.deliver(runId, false);

            JsonNode log = json.readTree(script().getAs("carl", PASSWORD, "/api/deliveries?run=" + runId).body());
            assertThat(log).hasSize(1);
            assertThat(log.get(0).get("email").asString()).isEqualTo("priya.shah@example.com");
            assertThat(log.get(0).get("status").asString()).as("no mail server in this test").isEqualTo("SKIPPED");

            ConsoleClient.Answer resent = script().postAs("carl", PASSWORD,
                    "/api/deliveries/" + log.get(0).get("deliveryId").asLong() + "/resend", null);
            assertThat(resent.status()).as(resent.body()).isEqualTo(200);
            assertThat(json.readTree(resent.body()).get("skipped").asInt()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(HOME.resolve("distribution.yml"));
        }
    }

    private List<JsonNode> runs(String user) throws Exception {
        ConsoleClient.Answer answer = script().getAs(user, PASSWORD, "/api/runs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode list = json.readTree(answer.body());
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private static List<String> names(JsonNode run) {
        return StreamSupport.stream(run.get("files").spliterator(), false)
                .map(file -> file.get("name").asString()).toList();
    }

    private static JsonNode fileOf(JsonNode run, String name) {
        return StreamSupport.stream(run.get("files").spliterator(), false)
                .filter(file -> file.get("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed in " + run));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
