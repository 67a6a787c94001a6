package io.touchstone.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * What sets one feed's loading apart from every other's: the feed (its files and columns), the
 * validator that turns its lines into rows and the sink that stores them. The intake, reading,
 * reject book and per-file counts are shared; {@link IngestStepFactory} builds the step.
 *
 * @param <R> the warehouse row type
 */
public record FeedIngestion<R>(Feed feed, ItemProcessor<FeedLine, Checked<R>> validator, RowSink<R> sink) {
}
