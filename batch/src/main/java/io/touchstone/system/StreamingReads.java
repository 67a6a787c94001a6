package io.touchstone.system;

import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Opens a warehouse read that streams: its rows arrive a fetch at a time, so a read of millions
 * of rows holds one fetch in memory.
 *
 * <p><b>NOTE</b>: PostgreSQL's driver ignores the fetch size on an auto-commit connection and
 * loads every row before the first is handed on. A read therefore joins the transaction already
 * under way (a step's) or, outside one (the benchmark, a command), runs in a read-only
 * transaction of its own that ends when its rows are closed. Rows must be closed on the thread
 * that opened them, the last opened first, since the transaction is bound to the thread.
 */
@Component
public final class StreamingReads {

    /** Rows per round trip: a few hundred kilobytes of comments, few enough round trips to not matter. */
    public static final int FETCH_SIZE = 2000;

    private static final TransactionDefinition READ_ONLY = readOnly();

    private final PlatformTransactionManager transactions;

    public StreamingReads(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Runs the query and hands its rows on as they are fetched; close them to end the read. */
    public <R extends Record> StreamedRows<R> open(ResultQuery<R> query) {
        var transaction = transactions.getTransaction(READ_ONLY);
        try {
            return new StreamedRows<>(query.fetchSize(FETCH_SIZE).fetchLazy(), () -> transactions.commit(transaction));
        } catch (RuntimeException e) {
            transactions.rollback(transaction);
            throw e;
        }
    }

    private static TransactionDefinition readOnly() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setReadOnly(true);
        return definition;
    }
}
