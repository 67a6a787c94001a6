package io.touchstone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * Holds a run in the middle of loading the responses: a trigger makes the insert of one response
 * wait for a PostgreSQL advisory lock that the test holds on a connection of its own, so a test
 * can look at (or stop) a run that is going, then let it go on.
 */
public final class HeldLoad implements AutoCloseable {

    private static final int LOCK = 4711;

    private final Connection connection;

    private HeldLoad(Connection connection) {
        this.connection = connection;
    }

    /** Makes the load of the response with this id wait while a hold is taken. */
    public static void atResponse(DSLContext dsl, String responseId) {
        dsl.execute("""
                create or replace function hold_loading() returns trigger language plpgsql as $$
                begin perform pg_advisory_lock(%d); perform pg_advisory_unlock(%d); return new; end $$"""
                .formatted(LOCK, LOCK));
        dsl.execute("drop trigger if exists hold_loading on response");
        dsl.execute("create trigger hold_loading before insert on response for each row when (new.response_id = '"
                + responseId.replace("'", "''") + "') execute function hold_loading()");
    }

    /** Loads go on unheld from now on. */
    public static void release(DSLContext dsl) {
        dsl.execute("drop trigger if exists hold_loading on response");
    }

    /** Takes the hold; a load reaching the held response waits until it is closed. */
    public static HeldLoad take(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + LOCK + ")");
        }
        return new HeldLoad(connection);
    }

    /** Waits until a run is waiting at the held response. */
    public static void awaitHeld(DSLContext dsl) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (dsl.fetchCount(dsl.selectOne().from("pg_locks").where("locktype = 'advisory' and not granted")) == 0) {
            assertThat(Instant.now()).as("the run reached the held response").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws SQLException {
        // A pooled connection keeps its session's locks when it goes back to the pool.
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock_all()");
        } finally {
            connection.close();
        }
    }
}
