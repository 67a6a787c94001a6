package io.touchstone.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
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
 *
 * <p>A record may hold up to {@code maxRecordLength} characters ({@code
 * touchstone.ingest.max-record-length}), far above FastCSV's default of 16 Mi per field, since
 * the contract lets a comment be of any length. The parser holds one record at a time, so this
 * also bounds the memory one line of a file can take.
 */
final class DeliveredFile {

    /** Room the parser's buffer needs beyond the record itself: what it has read ahead. */
    private static final int READ_AHEAD = 1 << 16;

    private DeliveredFile() {
    }

    static DeliveredRows open(Path file, Feed feed, int maxRecordLength) throws IOException {
        return open(Files.newInputStream(file), file.getFileName().toString(), feed, maxRecordLength);
    }

    static DeliveredRows open(InputStream raw, String fileName, Feed feed, int maxRecordLength) throws IOException {
        if (isWorkbook(fileName)) {
            return WorkbookRows.read(raw, feed.code());
        }
        InputStream bytes = new BufferedInputStream(raw, 1 << 16);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            bytes = new GZIPInputStream(bytes, 1 << 16);
        }
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return parse(text, 0, maxRecordLength);
    }

    static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * The records of CSV text, numbered from {@code linesBefore + 1}: a whole file, or the lines a
     * stray quote swallowed, read again ({@link StrayQuoteRecovery}).
     */
    static DeliveredRows parse(Reader text, long linesBefore, int maxRecordLength) {
        CsvRecordHandler handler = CsvRecordHandler.builder()
                .maxFieldSize(maxRecordLength)
                .maxRecordSize(maxRecordLength)
                .build();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize((int) Math.min(Integer.MAX_VALUE - 8L, (long) maxRecordLength + READ_AHEAD))
                .build(handler, text);
        Iterator<DeliveredRow> rows = csv.stream()
                .map(record -> new DeliveredRow(linesBefore + record.getStartingLineNumber(), record.getFields()))
                .iterator();
        return DeliveredRows.of(rows, csv);
    }
}
