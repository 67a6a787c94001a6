package io.touchstone.ingest;

import io.touchstone.system.MultiRowUpsert;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Upserts a feed's rows into its table by the table's primary key, which is the feed's natural
 * key ({@code post_id}; period, brand, region, touchpoint and metric for benchmarks; period,
 * metric, region and touchpoint for targets): a corrected row replaces the old one. One
 * multi-row statement per chunk, for the small and medium feeds; responses, the large one, have
 * the {@code COPY}-based {@link ResponseSink}.
 *
 * @param <R> the table's record type
 */
public final class UpsertSink<R extends Record> implements RowSink<R> {

    private final DSLContext dsl;
    private final Table<R> table;

    public UpsertSink(DSLContext dsl, Table<R> table) {
        if (table.getPrimaryKey() == null) {
            throw new IllegalArgumentException(table.getName() + " has no primary key to upsert by; declare the"
                    + " feed's natural key as the table's primary key in its migration");
        }
        this.dsl = dsl;
        this.table = table;
    }

    @Override
    public void upsert(List<R> rows) {
        MultiRowUpsert.upsert(dsl, table, rows);
    }
}
