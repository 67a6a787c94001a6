package io.touchstone.system;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Sends records to a table with PostgreSQL's {@code COPY … FROM STDIN} in its CSV format: the
 * fastest way rows enter the database, used to fill the staging tables that set-based merges
 * read from. The records' fields are the columns, in order.
 */
public final class CopyRows {

    private final String copy;
    private final String what;
    private final int columns;

    public CopyRows(Table<?> into, List<Field<?>> columns, String what) {
        this.copy = "COPY " + into.getName() + " ("
                + columns.stream().map(Field::getName).collect(Collectors.joining(", "))
                + ") FROM STDIN WITH (FORMAT csv)";
        this.what = what;
        this.columns = columns.size();
    }

    /** Copies {@code rows} on {@code tx}'s connection; a failure names how many rows of what. */
    public void copy(DSLContext tx, Collection<? extends Record> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 8 * columns);
        for (Record row : rows) {
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row.get(i));
            }
            csv.append('\n');
        }
        tx.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
            } catch (SQLException | IOException e) {
                throw new DataAccessResourceFailureException("COPY of " + rows.size() + " " + what
                        + " rows failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty string. A
     * decimal is written out in full, never in exponent notation. Only a value that needs quotes
     * gets them: one that is empty, holds the delimiter, a quote or a line break, or could read
     * as the end-of-data marker {@code \\.}.
     */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        // Whole numbers and timestamps, most of a feed's values, are written without a String in between.
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            csv.append(((Number) value).longValue());
            return;
        }
        if (value instanceof OffsetDateTime timestamp && timestamp.getYear() >= 0 && timestamp.getYear() <= 9999) {
            appendTimestamp(csv, timestamp);
            return;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (!needsQuotes(text)) {
            csv.append(text);
            return;
        }
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    /** ISO-8601 with its offset, as PostgreSQL reads a {@code timestamptz}: 2026-11-20T14:03:00.5+01:00. */
    private static void appendTimestamp(StringBuilder csv, OffsetDateTime timestamp) {
        appendDigits(csv, timestamp.getYear(), 4);
        csv.append('-');
        appendDigits(csv, timestamp.getMonthValue(), 2);
        csv.append('-');
        appendDigits(csv, timestamp.getDayOfMonth(), 2);
        csv.append('T');
        appendDigits(csv, timestamp.getHour(), 2);
        csv.append(':');
        appendDigits(csv, timestamp.getMinute(), 2);
        csv.append(':');
        appendDigits(csv, timestamp.getSecond(), 2);
        if (timestamp.getNano() != 0) {
            csv.append('.');
            appendDigits(csv, timestamp.getNano(), 9);
        }
        csv.append(timestamp.getOffset().getId());
    }

    private static void appendDigits(StringBuilder csv, int number, int width) {
        int zeros = width - 1;
        for (int limit = 10; zeros > 0 && number >= limit; limit *= 10) {
            zeros--;
        }
        for (int i = 0; i < zeros; i++) {
            csv.append('0');
        }
        csv.append(number);
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
}
