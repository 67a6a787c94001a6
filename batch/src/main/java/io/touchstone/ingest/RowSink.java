package io.touchstone.ingest;

import java.util.List;
import java.util.Map;

/**
 * Puts validated rows of one feed into the warehouse by natural key: a new key is inserted,
 * an existing one updated, never duplicated. Called inside the chunk's transaction.
 *
 * @param <R> the warehouse row type
 */
@FunctionalInterface
public interface RowSink<R> {

    /**
     * Upserts the rows and counts, per file id, those whose key an earlier line of the same file
     * had: the contract allows a repeated id within a delivery (the last line wins), and the
     * count tells the sender it happened.
     */
    Map<Long, Long> upsert(List<R> rows);

    /**
     * Called once the step has stored its rows: a sink whose table just grew may refresh what
     * the database knows about it, so the queries that follow plan for the rows it now holds.
     */
    default void loaded() {
    }
}
