package io.touchstone.support;

import static org.jooq.impl.DSL.inline;

import org.jooq.DSLContext;

/**
 * A database that fails on inserting one response, as an outage in the middle of a load would,
 * until it is closed.
 */
public final class SimulatedOutage implements AutoCloseable {

    private final DSLContext dsl;

    private SimulatedOutage(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static SimulatedOutage onInserting(DSLContext dsl, String responseId) {
        dsl.execute("""
                create or replace function simulated_outage() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage while loading %', new.response_id; end $$""");
        dsl.execute("create trigger simulated_outage before insert on response for each row when (new.response_id = "
                + dsl.render(inline(responseId)) + ") execute function simulated_outage()");
        return new SimulatedOutage(dsl);
    }

    @Override
    public void close() {
        dsl.execute("drop trigger if exists simulated_outage on response");
    }
}
