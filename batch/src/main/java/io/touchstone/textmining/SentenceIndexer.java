package io.touchstone.textmining;

import io.touchstone.system.HelperThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Puts a feed's texts of a time range into the comment index again: splits each into
 * sentences, scores every sentence and indexes it with its text's scope. A text's own sentiment
 * is its one sentence's score, or for a longer text the score of the whole text. The periods
 * searched for their volumes only are indexed unscored ({@link #indexForSearch}).
 *
 * <p><b>NOTE</b>: scoring is most of the work and each text's score depends on nothing else, so
 * the texts stream past in batches and a batch is scored on up to {@code touchstone.run.parallelism}
 * threads; the sentences are then indexed one after another in the texts' order, so the index —
 * and everything searched from it — is the same however many threads scored.
 */
final class SentenceIndexer implements AutoCloseable {

    /** Texts scored together: enough to share out, few enough to hold. */
    private static final int BATCH = 512;
    /** The sentiment of a sentence indexed for the searches only: not a number, so no mean takes it in unnoticed. */
    static final double UNSCORED = Double.NaN;

    private final TextFeeds feeds;
    private final TextSentiment scorer;
    private final String ownBrand;
    private final int threads;
    private final ExecutorService helpers;

    SentenceIndexer(TextFeeds feeds, TextSentiment scorer, String ownBrand, int threads) {
        this.feeds = feeds;
        this.scorer = scorer;
        this.ownBrand = ownBrand;
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1 ? null : HelperThreads.named("theme-scoring", this.threads - 1);
    }

    /** Indexes the range's texts again and gives what they came to, for a period reported on. */
    MinedFeed index(CommentIndex index, String feed, TimeRange range) throws IOException {
        MinedFeed mined = new MinedFeed();
        index(index, feed, range, mined);
        return mined;
    }

    /**
     * Indexes the range's texts again for the searches only, as the prior period and the baseline
     * are: their sentences are not scored and carry no sentiment ({@link #UNSCORED}).
     *
     * <p><b>NOTE</b>: only a theme's volume is ever read from those periods (the change against
     * the prior period, the baseline an emerging theme is measured against), and a period whose
     * sentiment is reported is indexed again, scored, by the run that mines it. Scoring them was
     * most of a cold run's indexing: the baseline is 8 periods beside the one reported.
     */
    void indexForSearch(CommentIndex index, String feed, TimeRange range) throws IOException {
        index(index, feed, range, null);
    }

    private void index(CommentIndex index, String feed, TimeRange range, MinedFeed mined) throws IOException {
        index.deleteRange(feed, range.from(), range.before());
        List<MinedText> batch = new ArrayList<>(BATCH);
        feeds.forEach(feed, ownBrand, range.from(), range.before(), text -> {
            batch.add(text);
            if (batch.size() == BATCH) {
                index(index, batch, mined);
                batch.clear();
            }
        });
        index(index, batch, mined);
    }

    /** One text split and scored: its sentences, their scores, and the text's own score. */
    private record ScoredSentences(List<String> sentences, double[] scores, double textScore) {
    }

    /**
     * Indexes a batch's sentences; records each text in {@code mined}, or, when it is {@code null},
     * indexes them for the searches only, unscored.
     */
    private void index(CommentIndex index, List<MinedText> batch, MinedFeed mined) {
        ScoredSentences[] scored = mined == null ? unscored(batch) : score(batch);
        for (int i = 0; i < batch.size(); i++) {
            MinedText text = batch.get(i);
            ScoredSentences sentences = scored[i];
            for (int s = 0; s < sentences.sentences().size(); s++) {
                try {
                    index.addSentence(text.feed(), text.id(), text.brand(), text.region(), text.touchpoint(),
                            text.language(), text.at(), text.nps(), sentences.sentences().get(s), sentences.scores()[s]);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot index " + text.feed() + " " + text.id(), e);
                }
            }
            if (mined != null) {
                mined.add(text, sentences.textScore());
            }
        }
    }

    private static ScoredSentences[] unscored(List<MinedText> batch) {
        ScoredSentences[] split = new ScoredSentences[batch.size()];
        for (int i = 0; i < split.length; i++) {
            List<String> sentences = Sentences.of(batch.get(i).text());
            double[] scores = new double[sentences.size()];
            Arrays.fill(scores, UNSCORED);
            split[i] = new ScoredSentences(sentences, scores, UNSCORED);
        }
        return split;
    }

    /** The batch's texts scored, slices of it on the helper threads and the first on this one. */
    private ScoredSentences[] score(List<MinedText> batch) {
        ScoredSentences[] scored = new ScoredSentences[batch.size()];
        int slice = (batch.size() + threads - 1) / threads;
        List<Future<?>> slices = new ArrayList<>();
        for (int from = slice; helpers != null && from < batch.size(); from += slice) {
            int start = from;
            int end = Math.min(batch.size(), from + slice);
            slices.add(helpers.submit(() -> score(batch, start, end, scored)));
        }
        score(batch, 0, Math.min(slice, batch.size()), scored);
        for (Future<?> part : slices) {
            HelperThreads.await(part, "scoring comments");
        }
        return scored;
    }

    private void score(List<MinedText> batch, int from, int to, ScoredSentences[] scored) {
        for (int i = from; i < to; i++) {
            String text = batch.get(i).text();
            List<String> sentences = Sentences.of(text);
            double[] scores = new double[sentences.size()];
            double sum = 0;
            for (int s = 0; s < scores.length; s++) {
                scores[s] = scorer.score(sentences.get(s));
                sum += scores[s];
            }
            scored[i] = new ScoredSentences(sentences, scores, sentences.size() <= 1 ? sum : scorer.score(text));
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
