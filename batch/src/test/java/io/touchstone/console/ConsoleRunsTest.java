package io.touchstone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.ConsoleClient;
import io.touchstone.support.ConsoleTest;
import io.touchstone.support.Fixtures;
import io.touchstone.support.HeldLoad;
import io.touchstone.users.ConsoleRole;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs from the API: a cx-lead starts a run or a backfill and gets its id at once (202), the run
 * goes on in the service and is followed through {@code GET /api/runs/{id}}; its rejects come with
 * file, line, reason and raw text; mistakes are refused in words.
 */
class ConsoleRunsTest extends ConsoleTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aCxLead() {
        user("carl", ConsoleRole.CX_LEAD);
    }

    @Test
    void aCxLeadStartsARunAndFollowsItToTheEnd() throws Exception {
        Fixtures.deliverNightly(inbox());

        ConsoleClient.Answer started = script().postAs("carl", PASSWORD, "/api/runs",
                "{\"date\": \"2026-10-31\", \"period\": \"month\"}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = json.readTree(started.body()).get("id").asLong();
        JsonNode run = finished(id);
        assertThat(run.get("run").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("run").get("businessDate").asString()).isEqualTo("2026-10-31");
        assertThat(run.get("run").get("period").asString()).isEqualTo("month");
        assertThat(run.get("run").get("rowsLoaded").asLong()).isGreaterThan(100);
        assertThat(run.get("run").get("rowsRejected").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stream(run.get("steps")).map(step -> step.get("name").asString()))
                .contains("ingestResponsesStep", "publishStep");
        JsonNode ingest = stream(run.get("steps")).filter(step -> step.get("name").asString().equals("ingestResponsesStep"))
                .findFirst().orElseThrow();
        assertThat(ingest.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(ingest.get("rows").asLong()).isEqualTo(103);
        assertThat(ingest.get("seconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(stream(run.get("run").get("files")).map(file -> file.get("name").asString()))
                .contains("cx-dashboard_2026-10.pdf", "cx-finance_2026-10.xlsx");
        assertThat(stream(run.get("feeds")).map(feed -> feed.get("feed").asString())).contains("responses");

        JsonNode listed = json.readTree(script().getAs("carl", PASSWORD, "/api/runs").body()).get(0);
        assertThat(listed.get("id").asLong()).as("newest first").isEqualTo(id);
        assertThat(listed.get("durationSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(listed.get("startedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    @Test
    void whileARunIsGoingItsPageShowsTheStepAndASecondLaunchIsRefused() throws Exception {
        Fixtures.deliverNightly(inbox());
        HeldLoad.atResponse(dsl, "SEP001");
        long id;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            id = json.readTree(script().postAs("carl", PASSWORD, "/api/runs", "{\"date\": \"2026-10-31\"}").body())
                    .get("id").asLong();
            HeldLoad.awaitHeld(dsl);

            JsonNode progress = json.readTree(script().getAs("carl", PASSWORD, "/api/runs/" + id).body()).get("progress");
            assertThat(progress.get("going").asBoolean()).isTrue();
            // The other feeds load beside the responses: the held step is among those going.
            assertThat(progress.get("step").asString()).contains("ingestResponsesStep");
            ConsoleClient browser = browser();
            browser.logIn("carl", PASSWORD);
            assertThat(browser.get("/runs/" + id).body()).contains("Now in").contains("ingestResponsesStep")
                    .contains("data-refresh=\"3\"");

            ConsoleClient.Answer second = script().postAs("carl", PASSWORD, "/api/runs", "{\"date\": \"2026-09-30\"}");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.body()).contains("is going").contains("wait for it to finish");
        } finally {
            HeldLoad.release(dsl);
        }

        assertThat(finished(id).get("run").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(json.readTree(script().getAs("carl", PASSWORD, "/api/runs").body())).hasSize(1);
    }

    @Test
    void theRejectsOfARunComeWithFileLineReasonAndRawText() throws Exception {
        Fixtures.deliverNightly(inbox());
        long id = json.readTree(script().postAs("carl", PASSWORD, "/api/runs", "{\"date\": \"2026-10-31\"}").body())
                .get("id").asLong();
        finished(id);

        JsonNode rejects = json.readTree(script().getAs("carl", PASSWORD, "/api/runs/" + id + "/rejects").body());

        JsonNode nps = stream(rejects).filter(row -> row.get("file").asString().equals("responses_2026-10.csv"))
                .findFirst().orElseThrow();
        assertThat(nps.get("line").asLong()).isPositive();
        assertThat(nps.get("reason").asString()).contains("nps");
        assertThat(nps.get("raw").asString()).contains(",12,");
    }

    @Test
    void aBackfillRunsEveryPeriodOldestFirstOneAfterAnother() throws Exception {
        Fixtures.deliverNightly(inbox());

        ConsoleClient.Answer started = script().postAs("carl", PASSWORD, "/api/runs",
                "{\"from\": \"2026-09-01\", \"to\": \"2026-10-31\", \"period\": \"month\"}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode answer = json.readTree(started.body());
        assertThat(stream(answer.get("businessDates")).map(JsonNode::asString)).containsExactly("2026-09-30", "2026-10-31");
        long first = answer.get("id").asLong();
        assertThat(finished(first).get("run").get("businessDate").asString()).isEqualTo("2026-09-30");
        JsonNode second = awaitRuns(2).get(0);
        assertThat(second.get("businessDate").asString()).isEqualTo("2026-10-31");
        assertThat(finished(second.get("id").asLong()).get("run").get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aRunStartedWithDeliverIsEmailedAndARerunOfThePeriodIsMarkedCorrected() throws Exception {
        Files.writeString(HOME.resolve("distribution.yml"), """
                recipients:
                  - name: Priya Shah
                    email: priya.shah@example.com
                """);
        try {
            Fixtures.deliverNightly(inbox());
            long first = json.readTree(script().postAs("carl", PASSWORD, "/api/runs",
                    "{\"date\": \"2026-10-31\", \"deliver\": true}").body()).get("id").asLong();
            finished(first);
            JsonNode firstLog = deliveries(first);
            long rerun = json.readTree(script().postAs("carl", PASSWORD, "/api/runs",
                    "{\"date\": \"2026-10-31\", \"deliver\": true}").body()).get("id").asLong();
            finished(rerun);
            JsonNode rerunLog = deliveries(rerun);

            assertThat(firstLog.get(0).get("email").asString()).isEqualTo("priya.shah@example.com");
            assertThat(firstLog.get(0).get("corrected").asBoolean()).isFalse();
            assertThat(rerunLog.get(0).get("corrected").asBoolean()).as("a rerun of the period").isTrue();
        } finally {
            Files.deleteIfExists(HOME.resolve("distribution.yml"));
        }
    }

    @Test
    void aRunStartedWithoutDeliverIsNotEmailed() throws Exception {
        Fixtures.deliverNightly(inbox());
        long id = json.readTree(script().postAs("carl", PASSWORD, "/api/runs", "{\"date\": \"2026-10-31\"}").body())
                .get("id").asLong();
        finished(id);
        Thread.sleep(500);

        assertThat(json.readTree(script().getAs("carl", PASSWORD, "/api/deliveries?run=" + id).body()).isEmpty()).isTrue();
    }

    @Test
    void aCompletedRunIsNotRestartedAndTheAnswerSaysWhatToDo() throws Exception {
        Fixtures.deliverNightly(inbox());
        long id = json.readTree(script().postAs("carl", PASSWORD, "/api/runs", "{\"date\": \"2026-10-31\"}").body())
                .get("id").asLong();
        finished(id);

        ConsoleClient.Answer restart = script().postAs("carl", PASSWORD, "/api/runs/" + id + "/restart", null);

        assertThat(restart.status()).isEqualTo(409);
        assertThat(restart.body()).contains("completed").contains("rerun");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"date\": \"31/10/2026\"}                                  | write it as year-month-day",
        "{\"date\": \"2026-10-31\", \"period\": \"fortnight\"}        | Unknown period 'fortnight'",
        "{\"from\": \"2026-10-31\", \"to\": \"2026-09-01\"}           | before it starts",
        "{\"from\": \"2026-10-31\"}                                  | needs both from and to",
        "{\"date\": \"2026-10-31\", \"from\": \"2026-10-01\", \"to\": \"2026-10-31\"} | not both",
        "not json                                                    | not the JSON expected",
        "{\"from\": \"1990-01-01\", \"to\": \"2026-10-31\", \"period\": \"day\"} | split the range",
        "{\"from\": \"2026-09-01\", \"to\": \"2026-10-31\", \"deliver\": true} | A backfill is not e-mailed",
    })
    void aWrongRequestIsRefusedInWordsAndStartsNothing(String body, String expected) throws Exception {
        ConsoleClient.Answer answer = script().postAs("carl", PASSWORD, "/api/runs", body.trim());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("message").asString()).contains(expected);
        assertThat(json.readTree(script().getAs("carl", PASSWORD, "/api/runs").body()).isEmpty()).isTrue();
    }

    private JsonNode finished(long id) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            ConsoleClient.Answer answer = script().getAs("carl", PASSWORD, "/api/runs/" + id);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode run = json.readTree(answer.body());
            String status = run.get("run").get("status").asString();
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                return run;
            }
            assertThat(Instant.now()).as("run " + id + " still " + status).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    /** The delivery log of a run, once its delivery (after the run completes) has written it. */
    private JsonNode deliveries(long runId) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode log = json.readTree(script().getAs("carl", PASSWORD, "/api/deliveries?run=" + runId).body());
            if (!log.isEmpty() && !log.get(0).get("status").asString().equals("PENDING")) {
                return log;
            }
            assertThat(Instant.now()).as("run " + runId + " delivered").isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    private JsonNode awaitRuns(int count) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode runs = json.readTree(script().getAs("carl", PASSWORD, "/api/runs").body());
            if (runs.size() >= count) {
                return runs;
            }
            assertThat(Instant.now()).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
