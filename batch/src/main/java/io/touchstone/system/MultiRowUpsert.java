package io.touchstone.system;

import static org.jooq.impl.DSL.excluded;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Inserts or updates rows by their table's primary key in one multi-row
 * {@code INSERT … ON CONFLICT DO UPDATE}: far fewer round trips than a statement per row. A key
 * repeated in the list is written once, as its last row has it, since one statement cannot
 * update the same row twice.
 *
 * <p>The rows go in in key order, whatever order they came in: two transactions upserting
 * overlapping keys (two files of a feed loaded side by side) then lock the rows in the same order
 * and wait for each other instead of deadlocking.
 */
public final class MultiRowUpsert {

    private MultiRowUpsert() {
    }

    public static <R extends Record> void upsert(DSLContext dsl, Table<R> table, List<R> rows) {
        upsert(dsl, table, rows, DSL.noCondition());
    }

    /**
     * Upserts as above, but replaces a stored row only where {@code replaceWhen} holds; it may
     * compare the stored row (the table's fields) with the new one ({@code excluded(field)}).
     */
    public static <R extends Record> void upsert(DSLContext dsl, Table<R> table, List<R> rows,
            Condition replaceWhen) {
        if (rows.isEmpty()) {
            return;
        }
        UniqueKey<R> primaryKey = table.getPrimaryKey();
        List<TableField<R, ?>> key = primaryKey.getFields();
        Map<List<Object>, R> latest = new LinkedHashMap<>();
        for (R row : rows) {
            latest.put(key.stream().map(field -> (Object) row.get(field)).toList(), row);
        }
        Field<?>[] fields = table.fields();
        InsertValuesStepN<R> insert = dsl.insertInto(table, fields);
        for (R row : latest.entrySet().stream().sorted(Map.Entry.comparingByKey(MultiRowUpsert::compareKeys))
                .map(Map.Entry::getValue).toList()) {
            insert = insert.values(Arrays.stream(fields).map(row::get).toArray());
        }
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        for (Field<?> field : fields) {
            if (!key.contains(field)) {
                updates.put(field, excluded(field));
            }
        }
        insert.onConflict(key).doUpdate().set(updates).where(replaceWhen).execute();
    }

    /** Key values are strings, numbers, dates and times: all comparable, and never null in a key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> left, List<Object> right) {
        for (int i = 0; i < left.size(); i++) {
            int order = ((Comparable) left.get(i)).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
