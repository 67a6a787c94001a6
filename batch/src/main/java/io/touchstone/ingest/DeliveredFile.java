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
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a delivered file as rows: CSV, plain or gzip-compressed, strictly UTF-8 (a byte that is
 * not UTF-8 is an error, never a silent replacement), CRLF or LF line ends, quoted fields with
 * commas, quotes and newlines — or an Excel workbook ({@code targets*.xlsx}), read from its
 * sheet named after the feed. A leading BOM arrives as U+FEFF before the first header name,
 * where {@link ColumnLayout} drops it.
 */
final class DeliveredFile {

    private DeliveredFile() {
    }

    static DeliveredRows open(Path file, Feed feed) throws IOException {
        return open(Files.newInputStream(file), file.getFileName().toString(), feed);
    }

    static DeliveredRows open(InputStream raw, String fileName, Feed feed) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return WorkbookRows.read(raw, feed.code());
        }
        InputStream bytes = new BufferedInputStream(raw, 1 << 16);
        if (name.endsWith(".gz")) {
            bytes = new GZIPInputStream(bytes, 1 << 16);
        }
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text);
        Iterator<DeliveredRow> rows = csv.stream()
                .map(record -> new DeliveredRow(record.getStartingLineNumber(), record.getFields()))
                .iterator();
        return DeliveredRows.of(rows, csv);
    }
}
