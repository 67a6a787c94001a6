package io.touchstone.textmining;

/**
 * The lexicon's score and the learned model's, weighed: {@code (1 − w) × lexicon + w × model}.
 * Where the lexicon knows no word of a text the model still speaks, and where the model has seen
 * none of them the lexicon does.
 */
public final class BlendedSentiment implements TextSentiment {

    private final TextSentiment lexicon;
    private final TextSentiment model;
    private final double weight;

    public BlendedSentiment(TextSentiment lexicon, TextSentiment model, double weight) {
        this.lexicon = lexicon;
        this.model = model;
        this.weight = weight;
    }

    @Override
    public double score(String text) {
        return score(text, lexicon.score(text));
    }

    /** The blended score of {@code text} when its lexicon score is already known. */
    double score(String text, double lexiconScore) {
        return (1 - weight) * lexiconScore + weight * model.score(text);
    }
}
