package io.touchstone.console;

import io.touchstone.publish.PublishedFile;
import io.touchstone.publish.PublishedRuns;
import io.touchstone.publish.RunPublication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /files/{runId}/{fileName}}: a published file of a run, by its name as in the
 * run's manifest. The name is looked up in that list, never resolved as a path, so no spelling
 * of another file (another run's, {@code ..}, an absolute path) reaches the disk: it is not one
 * of the run's files, 404. A file outside the user's slice is 403; a file a later run of the
 * period has replaced is 410, with the run to fetch instead.
 */
@ConditionalOnWebApplication
@Controller
final class PublishedFileController {

    private final PublishedRuns published;

    PublishedFileController(PublishedRuns published) {
        this.published = published;
    }

    @GetMapping("/files/{runId}/{fileName}")
    ResponseEntity<?> file(@PathVariable String runId, @PathVariable String fileName, Authentication authentication) {
        Optional<RunPublication> publication = parse(runId).flatMap(published::find);
        Optional<PublishedFile> file = publication.flatMap(run -> run.files().stream()
                .filter(candidate -> candidate.name().equals(fileName))
                .findFirst());
        if (file.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, "Run " + runId + " published no file of that name.");
        }
        if (!ConsoleViewer.of(authentication).mayOpen(file.get())) {
            return text(HttpStatus.FORBIDDEN, "This file is outside your slice; your own copy is listed on the runs page.");
        }
        Optional<Path> path = publication.get().file(fileName);
        if (path.isEmpty()) {
            Long later = publication.get().replacedBy();
            return text(HttpStatus.GONE, later == null ? "Run " + runId + "'s files are no longer on the server."
                    : "A later run of the same period, run " + later + ", replaced this file; fetch it from run "
                            + later + ".");
        }
        return ResponseEntity.ok()
                .contentType(mediaType(fileName))
                .contentLength(file.get().bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                                .build().toString())
                .eTag('"' + file.get().sha256() + '"')
                .body((Resource) new FileSystemResource(path.get()));
    }

    private static Optional<Long> parse(String runId) {
        try {
            return Optional.of(Long.parseLong(runId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static MediaType mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (lower.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (lower.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        if (lower.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    private static ResponseEntity<?> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(message);
    }
}
