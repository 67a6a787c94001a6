package io.touchstone.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Sends records to a table with PostgreSQL's {@code COPY … FROM STDIN} in its CSV format: the
 * fastest way rows enter the database, used to fill the staging tables that set-based merges
 * read from, and the rows a step computed for a period ({@link PeriodRows}).
 */
public final class CopyRows {

    /** The SQL state class of a row a constraint refuses: a key taken, a check failed. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private final String copy;
    private final String what;
    private final int columns;
    /** Where each column's value sits in a record. */
    private final int[] positions;
    private final List<Field<?>> fields;

    /** Copies records whose fields are {@code columns}, in order. */
    public CopyRows(Table<?> into, List<Field<?>> columns, String what) {
        this(into, columns, IntStream.range(0, columns.size()).toArray(), what);
    }

    /** Copies the values at {@code positions} of each record into {@code columns}, one for one. */
    public CopyRows(Table<?> into, List<Field<?>> columns, int[] positions, String what) {
        if (positions.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns need as many positions, got "
                    + positions.length);
        }
        this.copy = "COPY " + into.getName() + " ("
                + columns.stream().map(field -> DSL.name(field.getName()).toString()).collect(Collectors.joining(", "))
                + ") FROM STDIN WITH (FORMAT csv)";
        this.what = what;
        this.columns = columns.size();
        this.positions = positions.clone();
        this.fields = List.copyOf(columns);
    }

    /** Copies the same values into the same columns of another table, such as a table's staging twin. */
    public CopyRows into(Table<?> other, String what) {
        return new CopyRows(other, fields, positions, what);
    }

    /**
     * Rows written once as COPY's CSV, to be sent to one table or, should that fail, to another
     * ({@link #into}) without writing them again.
     */
    public static final class Encoded {
        private final CsvBytes csv;
        private final int rows;

        private Encoded(CsvBytes csv, int rows) {
            this.csv = csv;
            this.rows = rows;
        }
    }

    /** The rows as COPY's CSV, for {@link #copy(DSLContext, Encoded)}. */
    public Encoded encode(Collection<? extends Record> rows) {
        CsvBytes csv = new CsvBytes(rows.size() * 8 * columns);
        for (Record row : rows) {
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    csv.ascii(',');
                }
                appendCsv(csv, row.get(positions[i]));
            }
            csv.ascii('\n');
        }
        return new Encoded(csv, rows.size());
    }

    /** Copies {@code rows} on {@code tx}'s connection; a failure names how many rows of what. */
    public void copy(DSLContext tx, Collection<? extends Record> rows) {
        copy(tx, encode(rows));
    }

    /**
     * Copies encoded rows on {@code tx}'s connection. A row a constraint of the table refuses fails
     * the copy as an integrity violation, like an insert's; any other failure as the database's.
     */
    public void copy(DSLContext tx, Encoded rows) {
        tx.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, rows.csv.stream());
            } catch (SQLException | IOException e) {
                String message = "COPY of " + rows.rows + " " + what + " rows failed: " + e.getMessage();
                if (e instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                    throw new DataIntegrityViolationException(message, e);
                }
                throw new DataAccessResourceFailureException(message, e);
            }
        });
    }

    /**
     * In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty string. A
     * decimal is written out in full, never in exponent notation. Only a value that needs quotes
     * gets them: one that is empty, holds the delimiter, a quote or a line break, or could read
     * as the end-of-data marker {@code \\.}.
     */
    private static void appendCsv(CsvBytes csv, Object value) {
        if (value == null) {
            return;
        }
        // Whole numbers and timestamps, most of a feed's values, are written without a String in between.
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            csv.number(((Number) value).longValue());
            return;
        }
        if (value instanceof OffsetDateTime timestamp && timestamp.getYear() >= 0 && timestamp.getYear() <= 9999) {
            appendTimestamp(csv, timestamp);
            return;
        }
        if (value.getClass().isArray()) {
            throw new IllegalArgumentException("COPY's CSV has no form for a " + value.getClass().getSimpleName()
                    + " value here; copy such a table with an insert");
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        csv.text(text, needsQuotes(text));
    }

    /** ISO-8601 with its offset, as PostgreSQL reads a {@code timestamptz}: 2026-11-20T14:03:00.5+01:00. */
    private static void appendTimestamp(CsvBytes csv, OffsetDateTime timestamp) {
        csv.digits(timestamp.getYear(), 4);
        csv.ascii('-');
        csv.digits(timestamp.getMonthValue(), 2);
        csv.ascii('-');
        csv.digits(timestamp.getDayOfMonth(), 2);
        csv.ascii('T');
        csv.digits(timestamp.getHour(), 2);
        csv.ascii(':');
        csv.digits(timestamp.getMinute(), 2);
        csv.ascii(':');
        csv.digits(timestamp.getSecond(), 2);
        if (timestamp.getNano() != 0) {
            csv.ascii('.');
            csv.digits(timestamp.getNano(), 9);
        }
        csv.text(timestamp.getOffset().getId(), false);
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * A chunk's CSV as the UTF-8 bytes COPY reads, grown as it is written.
     *
     * <p><b>NOTE</b>: bytes, not a {@code StringBuilder}: the text was copied into a {@code String},
     * read back through a {@code Reader} and encoded by the driver, three passes over every value
     * of every row for what is mostly ASCII written once here.
     */
    private static final class CsvBytes {
        private byte[] bytes;
        private int size;

        CsvBytes(int capacity) {
            bytes = new byte[Math.max(capacity, 64)];
        }

        void ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        /** A whole number in decimal. */
        void number(long number) {
            if (number >= 0 && number < 10) {
                // A score, a count, a flag: most numbers of a feed are one digit.
                room(1);
                bytes[size++] = (byte) ('0' + number);
                return;
            }
            if (number == Long.MIN_VALUE) {
                text(Long.toString(number), false);
                return;
            }
            room(20);
            long rest = number;
            if (rest < 0) {
                bytes[size++] = '-';
                rest = -rest;
            }
            int digits = 1;
            for (long limit = 10; digits < 19 && rest >= limit; limit *= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            size += digits;
        }

        /** A non-negative number below 10<sup>width</sup>, with leading zeros to {@code width} digits. */
        void digits(int number, int width) {
            room(width);
            int rest = number;
            for (int i = size + width - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            size += width;
        }

        /** A text, in quotes and with its quotes doubled when {@code quoted}. */
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, its only use here
        void text(String text, boolean quoted) {
            int length = text.length();
            boolean ascii = true;
            for (int i = 0; i < length && ascii; i++) {
                ascii = text.charAt(i) < 0x80;
            }
            if (ascii) {
                // An ASCII character is its one byte: copied as the string holds it, no encoder, no array.
                room(2 * length + 2);
                if (!quoted) {
                    text.getBytes(0, length, bytes, size);
                    size += length;
                    return;
                }
                bytes[size++] = '"';
                for (int i = 0; i < length; i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        bytes[size++] = '"';
                    }
                    bytes[size++] = (byte) c;
                }
                bytes[size++] = '"';
                return;
            }
            // A quote is one byte in UTF-8 and no byte of a longer character is one, so doubling
            // the quote bytes doubles the quotes.
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            room(2 * encoded.length + 2);
            if (quoted) {
                bytes[size++] = '"';
            }
            for (byte b : encoded) {
                if (quoted && b == '"') {
                    bytes[size++] = '"';
                }
                bytes[size++] = b;
            }
            if (quoted) {
                bytes[size++] = '"';
            }
        }

        InputStream stream() {
            return new ByteArrayInputStream(bytes, 0, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }
    }
}
