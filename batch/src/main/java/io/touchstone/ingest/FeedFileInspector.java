package io.touchstone.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.EOFException;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Reads a delivered file once, end to end, before anything of it is loaded: its content hash
 * (which identifies a re-delivery), and whether it can be read at all — valid gzip, valid
 * UTF-8, parseable CSV (or a workbook with the feed's sheet), a header with the feed's required
 * columns. A file that fails goes to
 * quarantine whole, so no half of a broken file ever reaches the warehouse. The reasons say what
 * to do: a gzip that ends early was cut off in transfer; a header that splits on ';' or tabs
 * rather than commas names the separator. Rows are read as the reader will read them, stray
 * quotes recovered ({@link StrayQuoteRecovery}), so what the inspection passes the load can read.
 *
 * <p>This costs one extra streaming pass (about a second per million rows) and buys the rule
 * that a file loads completely or not at all for reasons of form.
 */
final class FeedFileInspector {

    private FeedFileInspector() {
    }

    /** The result of an inspection: the content hash and either a column layout or a reason. */
    /** @param rows the data rows read (the header not counted), as the loading step will read them */
    record Inspection(String sha256, long size, ColumnLayout layout, String problem, long rows) {
        boolean readable() {
            return problem == null;
        }
    }

    static final String TRUNCATED_GZIP = "gzip data ends early (truncated download?); send the file again";

    static Inspection inspect(Path file, Feed feed, Map<String, String> mapping, int maxRecordLength) {
        MessageDigest digest = sha256();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest)) {
            String problem;
            ColumnLayout layout = null;
            long rowCount = 0;
            try (DeliveredRows records = DeliveredFile.open(new UnclosedInput(raw), file.getFileName().toString(),
                    feed, maxRecordLength)) {
                if (!records.hasNext()) {
                    problem = "the file is empty: a header row is expected";
                } else {
                    List<String> header = records.next().fields();
                    layout = ColumnLayout.of(feed, header, mapping);
                    problem = missingColumnsProblem(feed, header, layout);
                    DeliveredRows rows = StrayQuoteRecovery.afterHeader(records, file.getFileName().toString(), layout,
                            maxRecordLength);
                    while (problem == null && rows.hasNext()) {
                        rows.next();
                        rowCount++;
                    }
                }
            } catch (UnreadableFileException e) {
                problem = e.getMessage();
            } catch (EOFException e) {
                problem = TRUNCATED_GZIP;
            } catch (ZipException e) {
                problem = "not a valid gzip file (" + e.getMessage() + "); send it again or uncompressed";
            } catch (CharacterCodingException e) {
                problem = "not UTF-8 text; export it again as UTF-8 CSV";
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    problem = "not UTF-8 text; export it again as UTF-8 CSV";
                } else if (e.getCause() instanceof EOFException) {
                    problem = TRUNCATED_GZIP;
                } else {
                    problem = "cannot be read: " + e.getMessage();
                }
            } catch (CsvParseException e) {
                problem = "not a readable CSV file: " + e.getMessage();
            }
            raw.transferTo(OutputStream.nullOutputStream());
            return new Inspection(HexFormat.of().formatHex(digest.digest()), Files.size(file),
                    problem == null ? layout : null, problem, rowCount);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String missingColumnsProblem(Feed feed, List<String> header, ColumnLayout layout) {
        List<String> missing = layout.missingRequired();
        if (missing.isEmpty()) {
            return null;
        }
        String separator = otherSeparator(header);
        if (separator != null) {
            return "separator is " + separator + ", expected ','; export the file again as CSV with commas";
        }
        return "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + "; add it to the file or map the sender's header name with touchstone.feeds."
                + feed.code() + ".columns.<column>=<header>";
    }

    /**
     * The separator a header splits on when it is not the comma, from how often each candidate
     * occurs in it; {@code null} when commas win. Read after the comma split, a header of
     * {@code a;b;c} is one field holding two semicolons.
     */
    private static String otherSeparator(List<String> header) {
        long commas = header.size() - 1L;
        long semicolons = header.stream().mapToLong(name -> name.chars().filter(c -> c == ';').count()).sum();
        long tabs = header.stream().mapToLong(name -> name.chars().filter(c -> c == '\t').count()).sum();
        if (semicolons > commas && semicolons >= tabs) {
            return "';'";
        }
        return tabs > commas ? "a tab" : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    /** Keeps the hashing stream open when the parser closes its reader, so the rest can be drained. */
    private static final class UnclosedInput extends FilterInputStream {
        UnclosedInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
