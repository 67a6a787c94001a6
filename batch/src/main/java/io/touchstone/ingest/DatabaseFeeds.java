package io.touchstone.ingest;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * What an ingest step needs to read its feed from a database instead of the inbox: the feed's
 * query (empty for a file feed), the sources' connections, the watermarks and the row reader.
 */
record DatabaseFeeds(Function<Feed, Optional<SourceQuery>> queries, SourceDatabases databases,
        FeedWatermarks watermarks, ItemStreamReader<FeedLine> reader) {
}
