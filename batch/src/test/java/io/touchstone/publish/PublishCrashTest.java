package io.touchstone.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.support.Fixtures;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rerun that dies halfway through publishing leaves readers the earlier set, whole and
 * matching its manifest; restarting it publishes the complete new set.
 */
class PublishCrashTest extends WarehouseTest {

    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);

    @Autowired
    private NightlyJobRunner runner;

    @MockitoSpyBean
    private MinedCommentsCsv comments;

    @BeforeEach
    void twoRecipients() throws IOException {
        Files.writeString(HOME.resolve("distribution.yml"), """
                recipients:
                  - name: Lee Chan
                    region: London
                  - name: Sam Carter
                    touchpoint: delivery
                """);
    }

    @AfterEach
    void noRecipients() throws IOException {
        Files.deleteIfExists(HOME.resolve("distribution.yml"));
    }

    @Test
    void aRerunThatCannotWriteAFileHalfwayLeavesTheEarlierSetWholeAndARestartPublishesTheNewSet() throws IOException {
        // given a published period
        Fixtures.deliverNightly(inbox());
        RunResult first = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());
        assertThat(first.published()).as(first.failure()).isTrue();
        Path folder = first.folder();
        List<String> firstSet = listing(folder);

        // when a rerun writes the dashboard and the workbook and then cannot write the comments
        doThrow(new UncheckedIOException(new IOException("No space left on device")))
                .when(comments).write(any(), any());
        RunResult rerun = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then readers still find the earlier set, every file as its manifest says
        assertThat(rerun.published()).isFalse();
        assertThat(rerun.failure()).contains("publishStep");
        assertThat(listing(folder)).isEqualTo(firstSet);
        assertThat(manifest(folder).path("runId").asLong()).isEqualTo(first.runId());
        assertMatchesItsManifest(folder);

        // when the cause is gone and the failed run restarted
        doCallRealMethod().when(comments).write(any(), any());
        RunResult restarted = runner.restart(rerun.runId());

        // then the folder holds the whole new set, the earlier manifest kept beside it
        assertThat(restarted.published()).as(restarted.failure()).isTrue();
        assertThat(manifest(folder).path("runId").asLong()).isEqualTo(rerun.runId());
        assertMatchesItsManifest(folder);
        assertThat(listing(folder)).contains("manifest." + first.runId() + ".json", "cx-comments_2026-10.csv",
                "cx-dashboard_2026-10_london.pdf", "cx-dashboard_2026-10_delivery.pdf");
        assertThat(listing(folder.getParent())).as("no half-written or retired set left beside it")
                .containsExactly("2026-10");
    }

    /** Every file the manifest names is there with its checksum, and the folder holds nothing else. */
    private static void assertMatchesItsManifest(Path folder) throws IOException {
        JsonNode manifest = manifest(folder);
        List<String> named = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asString();
            named.add(name);
            assertThat(sha256(folder.resolve(name))).as(name).isEqualTo(file.path("sha256").asString());
            assertThat(Files.size(folder.resolve(name))).as(name).isEqualTo(file.path("bytes").asLong());
        }
        assertThat(listing(folder)).filteredOn(name -> !name.startsWith("manifest."))
                .containsExactlyInAnyOrderElementsOf(named);
    }

    private static JsonNode manifest(Path folder) {
        return JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
