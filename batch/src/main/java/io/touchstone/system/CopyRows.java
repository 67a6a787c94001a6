package io.touchstone.system;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
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
