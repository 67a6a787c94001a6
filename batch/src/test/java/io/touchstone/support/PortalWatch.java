package io.touchstone.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Watches the warehouse reads made while it is on: at the first row each read hands on, it
 * lists the named portals open in the read's own session ({@code pg_cursors}). PostgreSQL's
 * driver reads through a named portal only when it fetches in batches — inside a transaction,
 * with a fetch size; on an auto-commit connection it reads every row through the unnamed portal
 * before handing on the first, and no named portal is open.
 */
public final class PortalWatch implements ExecuteListener {

    /** One read: its SQL as jOOQ sent it and the named portals open at its first row. */
    public record Read(String sql, List<String> openPortals) {
    }

    private static final String FIRST_ROW_SEEN = PortalWatch.class.getName();

    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private volatile boolean on;

    /** Runs the reads and returns what was seen of each that handed on a row. */
    public List<Read> during(Runnable readsUnderTest) {
        reads.clear();
        on = true;
        try {
            readsUnderTest.run();
        } finally {
            on = false;
        }
        return List.copyOf(reads);
    }

    @Override
    public void recordEnd(ExecuteContext ctx) {
        if (!on || ctx.data(FIRST_ROW_SEEN) != null) {
            return;
        }
        ctx.data(FIRST_ROW_SEEN, true);
        List<String> portals = new ArrayList<>();
        try (Statement statement = ctx.connection().createStatement();
                ResultSet open = statement.executeQuery("select statement from pg_cursors where name <> ''")) {
            while (open.next()) {
                portals.add(open.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the open portals: " + e.getMessage(), e);
        }
        reads.add(new Read(ctx.sql(), portals));
    }
}
