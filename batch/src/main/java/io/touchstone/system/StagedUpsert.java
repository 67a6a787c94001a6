package io.touchstone.system;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Inserts or updates rows by their table's primary key, set-based: the rows are {@code COPY}ed
 * into a session-local staging table shaped like the table, then one
 * {@code INSERT … SELECT … ON CONFLICT DO UPDATE} merges them — no statement per row and no
 * statement with thousands of bind values. A key repeated among the rows is written once, as
 * its last row has it, since one statement cannot update the same row twice.
 */
public final class StagedUpsert<R extends Record> {

    private final Table<R> table;
    private final List<TableField<R, ?>> key;
    private final Field<?>[] columns;
    private final Table<Record> stage;
    private final CopyRows copy;

    public StagedUpsert(Table<R> table) {
        if (table.getPrimaryKey() == null) {
            throw new IllegalArgumentException(table.getName() + " has no primary key to upsert by");
        }
        this.table = table;
        this.key = table.getPrimaryKey().getFields();
        this.columns = table.fields();
        this.stage = table(name(table.getName() + "_upsert"));
        this.copy = new CopyRows(stage, List.of(columns), table.getName());
    }

    public void upsert(DSLContext dsl, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<List<Object>, R> latest = new LinkedHashMap<>();
        for (R row : rows) {
            List<Object> rowKey = new ArrayList<>(key.size());
            for (TableField<R, ?> field : key) {
                rowKey.add(row.get(field));
            }
            latest.put(rowKey, row);
        }
        List<Field<?>> staged = new ArrayList<>(columns.length);
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        for (Field<?> column : columns) {
            staged.add(field(name(stage.getName(), column.getName()), column.getDataType()));
            if (!key.contains(column)) {
                updates.put(column, excluded(column));
            }
        }
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            tx.createTemporaryTableIfNotExists(stage)
                    .as(tx.selectFrom(table))
                    .withNoData()
                    .onCommitDeleteRows()
                    .execute();
            // Emptied on commit, but an enclosing transaction may stage more than once before it commits.
            tx.deleteFrom(stage).execute();
            copy.copy(tx, latest.values());
            tx.insertInto(table, columns)
                    .select(tx.select(staged).from(stage))
                    .onConflict(key)
                    .doUpdate()
                    .set(updates)
                    .execute();
        });
    }
}
