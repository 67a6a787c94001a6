package io.touchstone.cli;

import io.touchstone.job.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Prints how a run ended: what the runner did first (a crashed run marked failed), then the
 * published files, or one line saying why nothing was published.
 */
final class RunReport {

    private RunReport() {
    }

    static int print(RunResult result, PrintWriter out, PrintWriter err) {
        result.notices().forEach(notice -> err.println("touchstone: " + notice));
        if (result.stopped()) {
            err.println("touchstone: run " + result.runId() + " stopped; resume it with touchstone restart "
                    + result.runId());
            return 1;
        }
        if (!result.published()) {
            err.println("touchstone: run " + result.runId() + " " + result.failure()
                    + ". Fix the cause, then: touchstone restart " + result.runId());
            return 1;
        }
        out.println("Run " + result.runId() + " published " + result.folder());
        try (Stream<Path> files = Files.list(result.folder())) {
            files.filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().matches("manifest\\.\\d+\\.json"))
                    .sorted()
                    .forEach(file -> out.println("  " + file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + result.folder() + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
