package io.touchstone.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One column of a source query's result, read as the text a delivered file would hold in it, so
 * the feed's validator takes database rows and file lines alike: a timestamp with time zone as
 * ISO-8601 with its offset, a date as {@code 2026-11-20}, a boolean as {@code true}/{@code false},
 * a decimal without exponent, SQL NULL as an empty field. A timestamp without time zone comes out
 * without offset, and is rejected as such a file's value would be: its zone is unknown.
 */
final class SourceColumn {

    private enum Kind { TIMESTAMP_WITH_ZONE, TIMESTAMP, DATE, BOOLEAN, DECIMAL, TEXT }

    private final String name;
    private final Kind kind;

    private SourceColumn(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    static SourceColumn of(ResultSetMetaData metadata, int column) throws SQLException {
        return new SourceColumn(metadata.getColumnLabel(column), kindOf(metadata.getColumnType(column),
                metadata.getColumnTypeName(column)));
    }

    private static Kind kindOf(int sqlType, String typeName) {
        // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart.
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equalsIgnoreCase(typeName)) {
            return Kind.TIMESTAMP_WITH_ZONE;
        }
        return switch (sqlType) {
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            case Types.BOOLEAN, Types.BIT -> "bit".equals(typeName.toLowerCase(Locale.ROOT)) ? Kind.TEXT : Kind.BOOLEAN;
            case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            default -> Kind.TEXT;
        };
    }

    String name() {
        return name;
    }

    boolean isTimestampWithZone() {
        return kind == Kind.TIMESTAMP_WITH_ZONE;
    }

    String describeType() {
        return switch (kind) {
            case TIMESTAMP_WITH_ZONE -> "a timestamp with time zone";
            case TIMESTAMP -> "a timestamp without time zone";
            case DATE -> "a date";
            case BOOLEAN -> "a boolean";
            case DECIMAL -> "a number";
            case TEXT -> "text";
        };
    }

    /** The value in row {@code rows} at {@code column}, as file text; never {@code null}. */
    String text(ResultSet rows, int column) throws SQLException {
        Object value = switch (kind) {
            case TIMESTAMP_WITH_ZONE -> rows.getObject(column, OffsetDateTime.class);
            case TIMESTAMP -> rows.getObject(column, LocalDateTime.class);
            case DATE -> rows.getObject(column, LocalDate.class);
            case BOOLEAN -> rows.getObject(column, Boolean.class);
            case DECIMAL -> plain(rows.getBigDecimal(column));
            case TEXT -> rows.getString(column);
        };
        return value == null ? "" : value.toString().replace("\u0000", "");
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
