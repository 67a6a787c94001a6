package io.touchstone.publish;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} as text: written by the publish step, read back by whoever delivers or
 * serves a run, so both agree on its shape.
 */
final class ManifestJson {

    static final String FILE_NAME = "manifest.json";

    // A manifest holds the records' components and nothing else: ReportSlice.isRegion() is derived
    // from the slice's dimension, and written out it would read like a second, contradictable field.
    private static final JsonMapper WRITER = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(Visibility.NONE))
            .build();
    // Tolerant of fields a later publish step adds; a field an earlier one did not write is null.
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ManifestJson() {
    }

    static String write(RunManifest manifest) {
        return WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
    }

    /**
     * The manifest of {@code json}, as kept in {@code published_run} or read from a folder.
     *
     * @param where where the text came from, for the message when it does not parse
     */
    static RunManifest read(String json, String where) {
        try {
            return READER.readValue(json, RunManifest.class);
        } catch (JacksonException e) {
            throw unreadable(where, e.getOriginalMessage(), e);
        }
    }

    static RunManifest read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), e.getMessage(), e);
        }
    }

    /**
     * The run whose files a folder holds, by its {@code manifest.json}; empty when the folder or
     * its manifest is gone. Reads only the run id, not the whole manifest.
     */
    static OptionalLong runIn(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            JsonNode runId = READER.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("runId");
            if (!runId.isIntegralNumber()) {
                throw unreadable(file.toString(), "it names no runId", null);
            }
            return OptionalLong.of(runId.asLong());
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw unreadable(file.toString(), e.getMessage(), e);
        } catch (JacksonException e) {
            throw unreadable(file.toString(), e.getOriginalMessage(), e);
        }
    }

    private static IllegalStateException unreadable(String where, String why, Exception cause) {
        return new IllegalStateException("Cannot read the manifest " + where + ": " + why + ". Only the publish step"
                + " writes it; if it was edited, move it aside and rerun the period to publish it afresh.", cause);
    }
}
