package io.touchstone.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of checked lines: accepted rows to the feed's table, rejected lines to the
 * rejects table, and the chunk's counts to each file's record, all in the chunk's transaction.
 *
 * @param <R> the warehouse row type
 */
public final class FeedItemWriter<R> implements ItemWriter<Checked<R>> {

    private final Feed feed;
    private final RowSink<R> sink;
    private final RejectBook rejects;
    private final IngestFileRegistry registry;

    public FeedItemWriter(Feed feed, RowSink<R> sink, RejectBook rejects, IngestFileRegistry registry) {
        this.feed = feed;
        this.sink = sink;
        this.rejects = rejects;
        this.registry = registry;
    }

    @Override
    public void write(Chunk<? extends Checked<R>> chunk) {
        List<R> accepted = new ArrayList<>(chunk.size());
        List<Checked<R>> rejected = new ArrayList<>();
        Map<Long, LineCounts> countsByFile = new TreeMap<>();
        for (Checked<R> line : chunk) {
            countsByFile.merge(line.line().fileId(), LineCounts.of(line), LineCounts::plus);
            if (line.isAccepted()) {
                accepted.add(line.row());
            } else {
                rejected.add(line);
            }
        }
        if (!accepted.isEmpty()) {
            sink.upsert(accepted).forEach((fileId, duplicates) ->
                    countsByFile.merge(fileId, LineCounts.duplicates(duplicates), LineCounts::plus));
        }
        rejects.record(feed, rejected);
        countsByFile.forEach(registry::count);
    }
}
