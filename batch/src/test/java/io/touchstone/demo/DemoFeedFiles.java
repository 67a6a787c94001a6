package io.touchstone.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the generated feed files back the way the ingest will: as CSV with a header row. */
final class DemoFeedFiles {

    private DemoFeedFiles() {
    }

    /** Streams every record of a feed file (gzip or plain) to {@code consumer}. */
    static void forEachRecord(Path file, Consumer<NamedCsvRecord> consumer) throws IOException {
        try (InputStream in = open(file);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                        .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            csv.forEach(consumer);
        }
    }

    static List<NamedCsvRecord> records(Path file) throws IOException {
        try (InputStream in = open(file);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                        .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        }
    }

    static String headerLine(Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NPS of a list of 0-10 answers, as the README's KPI definitions define it. */
    static double nps(List<Integer> answers) {
        long promoters = answers.stream().filter(a -> a >= 9).count();
        long detractors = answers.stream().filter(a -> a <= 6).count();
        return 100.0 * (promoters - detractors) / answers.size();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
