package io.touchstone.textmining;

import java.util.List;

/**
 * The lexicon alone, the lexicon with Touchstone's rules, and the rules blended with a model
 * learned from the texts' own ratings, measured side by side on labelled texts. Where the texts
 * carry ratings, the model learns from a stable share of them ({@link HeldOut}, by the text
 * itself, so a repeated text never sits on both sides) by rating 4-5 / 1-2, and all three are
 * measured on the held-out rest only; without ratings there is nothing to learn from, so no
 * blended figure, and the other two are measured on every text.
 *
 * @param blended {@code null} where the texts carry no ratings
 * @param trainedOn rated texts (4-5 or 1-2) the model learned from
 */
public record SentimentComparison(SentimentEvaluation lexicon, SentimentEvaluation touchstone,
        SentimentEvaluation blended, long trainedOn) {

    public static SentimentComparison of(List<LabelledSample> samples, SentimentLexicon words, double heldOutShare,
            double blendWeight) {
        SentimentScorer plain = SentimentScorer.plainLexicon(words);
        SentimentScorer rules = new SentimentScorer(words);
        SentimentEvaluation lexicon = new SentimentEvaluation();
        SentimentEvaluation touchstone = new SentimentEvaluation();
        boolean rated = samples.stream().anyMatch(sample -> sample.rating() != null);
        if (!rated) {
            for (LabelledSample sample : samples) {
                lexicon.add(sample.label(), SentimentScorer.label(plain.score(sample.text())));
                touchstone.add(sample.label(), SentimentScorer.label(rules.score(sample.text())));
            }
            return new SentimentComparison(lexicon, touchstone, null, 0);
        }
        HeldOut heldOut = new HeldOut(heldOutShare);
        DomainSentimentModel.Trainer trainer = DomainSentimentModel.trainer(BrandNames.none());
        for (LabelledSample sample : samples) {
            if (sample.rating() != null && (sample.rating() >= 4 || sample.rating() <= 2)
                    && !heldOut.contains(sample.text())) {
                trainer.add(sample.text(), sample.rating() >= 4);
            }
        }
        TextSentiment blend = new BlendedSentiment(rules, trainer.build(), blendWeight);
        SentimentEvaluation blended = new SentimentEvaluation();
        for (LabelledSample sample : samples) {
            if (heldOut.contains(sample.text())) {
                lexicon.add(sample.label(), SentimentScorer.label(plain.score(sample.text())));
                touchstone.add(sample.label(), SentimentScorer.label(rules.score(sample.text())));
                blended.add(sample.label(), SentimentScorer.label(blend.score(sample.text())));
            }
        }
        return new SentimentComparison(lexicon, touchstone, blended, trainer.positiveTexts() + trainer.negativeTexts());
    }
}
