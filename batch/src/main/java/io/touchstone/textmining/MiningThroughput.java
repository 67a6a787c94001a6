package io.touchstone.textmining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures how fast comments are mined — split into sentences, scored and indexed with their
 * scope — beside bare Lucene indexing of the same text with its English analyzer, both reading
 * the comments from the warehouse, each into a fresh index in a scratch folder. For the
 * benchmark command; the nightly job never calls it.
 */
public final class MiningThroughput {

    /** How many comments and sentences, and how long mining and bare indexing took. */
    public record Result(long comments, long sentences, Duration mining, Duration bareLucene) {
    }

    /** Tallied inside the feed's callback, hence mutable. */
    private static final class Counts {
        long comments;
        long sentences;
    }

    private final TextFeeds feeds;
    private final SentimentScorer scorer;
    private final CommentAnalyzers analyzers;

    public MiningThroughput(TextFeeds feeds, SentimentScorer scorer, CommentAnalyzers analyzers) {
        this.feeds = feeds;
        this.scorer = scorer;
        this.analyzers = analyzers;
    }

    public Result measure(String ownBrand, OffsetDateTime from, OffsetDateTime before, Path scratch) throws IOException {
        Counts counts = new Counts();
        long start = System.nanoTime();
        try (CommentIndex index = CommentIndex.open(scratch.resolve("mined"), analyzers)) {
            feeds.forEach(TextFeeds.RESPONSES, ownBrand, from, before, text -> {
                counts.comments++;
                for (String sentence : Sentences.of(text.text())) {
                    counts.sentences++;
                    try {
                        index.addSentence(TextFeeds.RESPONSES, text.id(), text.brand(), text.region(),
                                text.touchpoint(), text.language(), text.at(), text.nps(), sentence, scorer.score(sentence));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            index.commit();
        }
        Duration mining = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(scratch.resolve("bare"));
                IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(analyzers.forLanguage("en")).setRAMBufferSizeMB(64))) {
            feeds.forEach(TextFeeds.RESPONSES, ownBrand, from, before, text -> {
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
        return new Result(counts.comments, counts.sentences, mining, Duration.ofNanos(System.nanoTime() - start));
    }
}
