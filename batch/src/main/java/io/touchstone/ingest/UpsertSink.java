package io.touchstone.ingest;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.values;

import io.touchstone.system.MultiRowUpsert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Upserts a feed's rows into its table by the table's primary key, which is the feed's natural
 * key ({@code post_id}; period, brand, region, touchpoint and metric for benchmarks; period,
 * metric, region and touchpoint for targets; {@code interaction_id}; response, action and its
 * time for follow-ups; {@code customer_id} for accounts): a corrected row replaces the old one. One
 * multi-row statement per chunk, for the small and medium feeds; responses, the large one, have
 * the {@code COPY}-based {@link ResponseSink}.
 *
 * <p>A repeated key is counted against the chunk itself and, with one query joining the stored
 * rows of the chunk's files to the chunk's keys (a {@code VALUES} table: a row-value {@code IN}
 * list of ten thousand keys exceeds PostgreSQL's stack depth), against the rows earlier chunks of
 * the same file stored. Memory stays that of one chunk.
 *
 * @param <R> the table's record type
 */
public final class UpsertSink<R extends Record> implements RowSink<R> {

    private final DSLContext dsl;
    private final Table<R> table;
    private final List<TableField<R, ?>> key;
    private final Field<Long> fileId;
    private final Field<Long> lineNo;

    public UpsertSink(DSLContext dsl, Table<R> table) {
        if (table.getPrimaryKey() == null) {
            throw new IllegalArgumentException(table.getName() + " has no primary key to upsert by; declare the"
                    + " feed's natural key as the table's primary key in its migration");
        }
        this.dsl = dsl;
        this.table = table;
        this.key = table.getPrimaryKey().getFields();
        this.fileId = table.field("file_id", Long.class);
        this.lineNo = table.field("line_no", Long.class);
        if (fileId == null || lineNo == null) {
            throw new IllegalArgumentException(table.getName() + " has no file_id and line_no: a feed's table keeps"
                    + " where each row came from");
        }
    }

    @Override
    public Map<Long, Long> upsert(List<R> rows) {
        Map<Long, Long> duplicates = repeatedKeys(rows);
        MultiRowUpsert.upsert(dsl, table, rows, laterDeliveryWins(fileId));
        return duplicates;
    }

    /**
     * A stored row is replaced by a line of its own file (a later line, or the file loaded again)
     * or of a later delivery, never by an earlier delivery's: a feed's files are loaded side by
     * side, and the later file's row must win whichever partition commits first. File ids are
     * given in reading order, so this is the order the files would have been loaded one by one.
     */
    static Condition laterDeliveryWins(Field<Long> fileId) {
        return excluded(fileId).ge(fileId);
    }

    /** Per file, the rows whose key an earlier line of that file had, in this chunk or stored before. */
    private Map<Long, Long> repeatedKeys(List<R> rows) {
        Table<?> chunkKeys = values(rows.stream().map(this::keyRow).distinct().toArray(RowN[]::new))
                .as("chunk_key", key.stream().map(Field::getName).toArray(String[]::new));
        Condition sameKey = noCondition();
        for (TableField<R, ?> field : key) {
            sameKey = sameKey.and(sameValue(field, chunkKeys));
        }
        Map<List<Object>, Long> storedLine = new HashMap<>();
        dsl.select(key).select(fileId, lineNo)
                .from(table)
                .join(chunkKeys).on(sameKey)
                .where(fileId.in(rows.stream().map(row -> row.get(fileId)).distinct().toList()))
                .forEach(stored -> storedLine.put(fileAndKey(stored), stored.get(lineNo)));
        Map<Long, Long> duplicates = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        for (R row : rows) {
            List<Object> fileAndKey = fileAndKey(row);
            Long earlier = storedLine.get(fileAndKey);
            if (!seen.add(fileAndKey) || earlier != null && earlier < row.get(lineNo)) {
                duplicates.merge(row.get(fileId), 1L, Long::sum);
            }
        }
        return duplicates;
    }

    private static <T> Condition sameValue(Field<T> stored, Table<?> chunkKeys) {
        return stored.eq(chunkKeys.field(stored.getName(), stored.getDataType()));
    }

    private RowN keyRow(R row) {
        return row(key.stream().map(row::get).toArray());
    }

    private List<Object> fileAndKey(Record record) {
        List<Object> values = new ArrayList<>(key.size() + 1);
        values.add(record.get(fileId));
        key.forEach(field -> values.add(record.get(field)));
        return values;
    }
}
