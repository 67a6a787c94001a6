/**
 * Loading the file feeds into the warehouse: the intake of each night's deliveries, reading
 * them record by record, checking every line against the feed contract (README, "The feed
 * contract"), and storing rows, rejects and per-file counts chunk by chunk.
 *
 * <p>A feed is a {@link io.touchstone.ingest.Feed} constant with its columns, a validator and a
 * table; {@link io.touchstone.ingest.IngestStepFactory} turns that
 * {@link io.touchstone.ingest.FeedIngestion} into a restartable step. Before the step reads,
 * {@link io.touchstone.ingest.FeedIntakeListener} quarantines unreadable files, archives content
 * already loaded and registers the rest in {@link io.touchstone.ingest.IngestFileRegistry}, once
 * per run; {@link io.touchstone.ingest.FeedArchiveTasklet} archives the loaded files after the
 * last feed.
 */
package io.touchstone.ingest;
