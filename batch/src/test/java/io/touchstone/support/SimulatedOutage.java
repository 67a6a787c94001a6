package io.touchstone.support;

import static org.jooq.impl.DSL.inline;

import org.jooq.DSLContext;

/**
 * A database that fails on inserting one response, or any row of a table, as an outage in the
 * middle of a load or a step would, until it is closed.
 */
public final class SimulatedOutage implements AutoCloseable {

    private final DSLContext dsl;
    private final String table;

    private SimulatedOutage(DSLContext dsl, String table) {
        this.dsl = dsl;
        this.table = table;
    }

    public static SimulatedOutage onInserting(DSLContext dsl, String responseId) {
        return on(dsl, "response", "when (new.response_id = " + dsl.render(inline(responseId)) + ")");
    }

    /** Fails every insert into the table, as a step writing it would meet an outage. */
    public static SimulatedOutage onInsertingInto(DSLContext dsl, String table) {
        return on(dsl, table, "");
    }

    private static SimulatedOutage on(DSLContext dsl, String table, String when) {
        dsl.execute("""
                create or replace function simulated_outage() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage while writing %', TG_TABLE_NAME; end $$""");
        dsl.execute("create trigger simulated_outage before insert on " + table + " for each row " + when
                + " execute function simulated_outage()");
        return new SimulatedOutage(dsl, table);
    }

    @Override
    public void close() {
        dsl.execute("drop trigger if exists simulated_outage on " + table);
    }
}
