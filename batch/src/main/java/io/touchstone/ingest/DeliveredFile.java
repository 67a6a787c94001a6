package io.touchstone.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a delivered CSV file as a stream of records: plain or gzip-compressed, strictly UTF-8
 * (a byte that is not UTF-8 is an error, never a silent replacement), CRLF or LF line ends,
 * quoted fields with commas, quotes and newlines. A leading BOM arrives as U+FEFF before the
 * first header name, where {@link ColumnLayout} drops it.
 */
final class DeliveredFile {

    private DeliveredFile() {
    }

    static CsvReader<CsvRecord> open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.getFileName().toString());
    }

    static CsvReader<CsvRecord> open(InputStream raw, String fileName) throws IOException {
        InputStream bytes = new BufferedInputStream(raw, 1 << 16);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            bytes = new GZIPInputStream(bytes, 1 << 16);
        }
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text);
    }
}
