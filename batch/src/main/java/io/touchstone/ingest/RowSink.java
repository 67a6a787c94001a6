package io.touchstone.ingest;

import java.util.List;

/**
 * Puts validated rows of one feed into the warehouse by natural key: a new key is inserted,
 * an existing one updated, never duplicated. Called inside the chunk's transaction.
 *
 * @param <R> the warehouse row type
 */
@FunctionalInterface
public interface RowSink<R> {

    void upsert(List<R> rows);
}
