package io.touchstone.system;

import static org.jooq.impl.DSL.excluded;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;

/**
 * Inserts or updates rows by their table's primary key in one multi-row
 * {@code INSERT … ON CONFLICT DO UPDATE}: far fewer round trips than a statement per row. A key
 * repeated in the list is written once, as its last row has it, since one statement cannot
 * update the same row twice.
 */
public final class MultiRowUpsert {

    private MultiRowUpsert() {
    }

    public static <R extends Record> void upsert(DSLContext dsl, Table<R> table, List<R> rows) {
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
        for (R row : latest.values()) {
            insert = insert.values(Arrays.stream(fields).map(row::get).toArray());
        }
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        for (Field<?> field : fields) {
            if (!key.contains(field)) {
                updates.put(field, excluded(field));
            }
        }
        insert.onConflict(key).doUpdate().set(updates).execute();
    }
}
