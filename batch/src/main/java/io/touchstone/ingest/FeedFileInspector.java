package io.touchstone.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
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
 * quarantine whole, so no half of a broken file ever reaches the warehouse.
 *
 * <p>This costs one extra streaming pass (about a second per million rows) and buys the rule
 * that a file loads completely or not at all for reasons of form.
 */
final class FeedFileInspector {

    private FeedFileInspector() {
    }

    /** The result of an inspection: the content hash and either a column layout or a reason. */
    record Inspection(String sha256, long size, ColumnLayout layout, String problem) {
        boolean readable() {
            return problem == null;
        }
    }

    static Inspection inspect(Path file, Feed feed, Map<String, String> mapping) {
        MessageDigest digest = sha256();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest)) {
            String problem;
            ColumnLayout layout = null;
            try (DeliveredRows records = DeliveredFile.open(new UnclosedInput(raw), file.getFileName().toString(),
                    feed)) {
                if (!records.hasNext()) {
                    problem = "the file is empty: a header row is expected";
                } else {
                    layout = ColumnLayout.of(feed, records.next().fields(), mapping);
                    problem = missingColumnsProblem(feed, layout);
                    while (problem == null && records.hasNext()) {
                        records.next();
                    }
                }
            } catch (UnreadableFileException e) {
                problem = e.getMessage();
            } catch (ZipException e) {
                problem = "not a valid gzip file (" + e.getMessage() + "); send it again or uncompressed";
            } catch (CharacterCodingException e) {
                problem = "not UTF-8 text; export it again as UTF-8 CSV";
            } catch (UncheckedIOException e) {
                problem = e.getCause() instanceof CharacterCodingException
                        ? "not UTF-8 text; export it again as UTF-8 CSV"
                        : "cannot be read: " + e.getMessage();
            } catch (CsvParseException e) {
                problem = "not a readable CSV file: " + e.getMessage();
            }
            raw.transferTo(OutputStream.nullOutputStream());
            return new Inspection(HexFormat.of().formatHex(digest.digest()), Files.size(file),
                    problem == null ? layout : null, problem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String missingColumnsProblem(Feed feed, ColumnLayout layout) {
        List<String> missing = layout.missingRequired();
        if (missing.isEmpty()) {
            return null;
        }
        return "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + "; add it to the file or map the sender's header name with touchstone.feeds."
                + feed.code() + ".columns.<column>=<header>";
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
