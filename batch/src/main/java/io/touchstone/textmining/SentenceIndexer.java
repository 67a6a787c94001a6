package io.touchstone.textmining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Puts a feed's texts of a time range into the comment index again: splits each into
 * sentences, scores every sentence and indexes it with its text's scope. A text's own sentiment
 * is its one sentence's score, or for a longer text the score of the whole text.
 */
final class SentenceIndexer {

    private final TextFeeds feeds;
    private final TextSentiment scorer;
    private final String ownBrand;

    SentenceIndexer(TextFeeds feeds, TextSentiment scorer, String ownBrand) {
        this.feeds = feeds;
        this.scorer = scorer;
        this.ownBrand = ownBrand;
    }

    MinedFeed index(CommentIndex index, String feed, TimeRange range) throws IOException {
        MinedFeed mined = new MinedFeed();
        index.deleteRange(feed, range.from(), range.before());
        feeds.forEach(feed, ownBrand, range.from(), range.before(), text -> mined.add(text, index(index, text)));
        return mined;
    }

    private double index(CommentIndex index, MinedText text) {
        double sum = 0;
        List<String> sentences = Sentences.of(text.text());
        for (String sentence : sentences) {
            double sentiment = scorer.score(sentence);
            sum += sentiment;
            try {
                index.addSentence(text.feed(), text.id(), text.brand(), text.region(), text.touchpoint(),
                        text.language(), text.at(), text.nps(), sentence, sentiment);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index " + text.feed() + " " + text.id(), e);
            }
        }
        return sentences.size() <= 1 ? sum : scorer.score(text.text());
    }
}
