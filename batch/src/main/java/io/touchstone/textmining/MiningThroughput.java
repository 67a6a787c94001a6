package io.touchstone.textmining;

import io.touchstone.period.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor under theme mining: bare Lucene indexing, with the English analyzer, of the survey
 * comments a run mines (its whole window, baseline to reporting period), streamed from the
 * warehouse into a fresh index in a scratch folder — no sentences, scores or scope. For the
 * benchmark command; the nightly job never calls it.
 */
public final class MiningThroughput {

    /** How many comments were indexed and how long it took. */
    public record Result(long comments, Duration bareLucene) {
    }

    /** Tallied inside the feed's callback, hence mutable. */
    private static final class Count {
        long comments;
    }

    private final TextFeeds feeds;
    private final CommentAnalyzers analyzers;

    public MiningThroughput(TextFeeds feeds, CommentAnalyzers analyzers) {
        this.feeds = feeds;
        this.analyzers = analyzers;
    }

    public Result bareLucene(String ownBrand, ReportingPeriod period, ZoneId zone, Path scratch) throws IOException {
        MiningWindow window = MiningWindow.of(period, zone);
        Count count = new Count();
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(scratch);
                IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(analyzers.forLanguage(CommentAnalyzers.DEFAULT_LANGUAGE))
                                .setRAMBufferSizeMB(64))) {
            feeds.forEach(TextFeeds.RESPONSES, ownBrand, window.baseline().from(), window.current().before(), text -> {
                count.comments++;
                Document document = new Document();
                document.add(new TextField("text", text.text(), Field.Store.NO));
                try {
                    writer.addDocument(document);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        }
        return new Result(count.comments, Duration.ofNanos(System.nanoTime() - start));
    }
}
