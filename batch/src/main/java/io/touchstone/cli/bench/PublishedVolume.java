package io.touchstone.cli.bench;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much a run published, for the publish floor to match: the pages of its PDFs and the
 * cells of its workbooks, counted in the files themselves (a workbook's sheets are scanned as
 * they unzip, not loaded).
 */
record PublishedVolume(int pages, long cells) {

    static PublishedVolume of(Path folder) throws IOException {
        int pages = 0;
        long cells = 0;
        for (Path file : files(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                PdfReader pdf = new PdfReader(file.toString());
                pages += pdf.getNumberOfPages();
                pdf.close();
            } else if (name.endsWith(".xlsx")) {
                cells += cellsOf(file);
            }
        }
        return new PublishedVolume(pages, cells);
    }

    private static List<Path> files(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    /** Counts the {@code <c} elements of every sheet: a cell each, whatever its type. */
    private static long cellsOf(Path workbook) throws IOException {
        long cells = 0;
        // ZipFile, not ZipInputStream: the central directory holds sizes a streamed read can trip over.
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream sheet = zip.getInputStream(entry)) {
                        cells += count(sheet, "<c ".getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        }
        return cells;
    }

    private static long count(InputStream in, byte[] pattern) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == pattern[matched]) {
                    if (++matched == pattern.length) {
                        found++;
                        matched = 0;
                    }
                } else {
                    matched = buffer[i] == pattern[0] ? 1 : 0;
                }
            }
        }
        return found;
    }
}
