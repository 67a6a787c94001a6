package io.touchstone.reports.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How the period's sentiment was made and how far to trust it: learned from the customers' own
 * scores and blended with the lexicon, or the lexicon alone and why; and on the scored texts held
 * out of the learning, how often it agrees with the customer's own score.
 *
 * @param fallbackReason why the lexicon was used alone ({@code null} when learned), e.g. "only
 *     312 scored texts, learning needs 2,000"
 * @param scoredTexts the own brand's texts with a clear score in the look-back
 * @param trainedOn those the model learned from
 * @param heldOut those kept out of the learning, on which the agreement is measured
 * @param agreement % of the held-out texts whose blended sentiment label matches the customer's
 *     score; {@code null} when nothing was learned or nothing held out
 * @param lexiconAgreement the same for the lexicon alone, on the same texts
 * @param scoredFrom the first day scored texts were learned from
 * @param scoredTo the last day (the end of the reporting period)
 */
public record SentimentLearning(
        boolean learned,
        String fallbackReason,
        long scoredTexts,
        long trainedOn,
        long heldOut,
        Double agreement,
        Double lexiconAgreement,
        LocalDate scoredFrom,
        LocalDate scoredTo,
        int minimumScoredTexts,
        double heldOutShare,
        double blendWeight) {

    /** The data-notes line: the agreement with the customers' own scores, or why the lexicon was used alone. */
    public String note() {
        if (learned && agreement == null) {
            return String.format(Locale.ROOT, "Sentiment learned from %,d scored texts of %s to %s and blended with the"
                    + " lexicon; none was held out to check it against the customers' scores.", trainedOn, scoredFrom,
                    scoredTo);
        }
        if (learned) {
            return String.format(Locale.ROOT, "Sentiment agrees with the customer's own score on %.1f %% of %,d"
                    + " held-out scored texts (the lexicon alone: %.1f %%): learned from %,d scored texts of %s to %s"
                    + " and blended with the lexicon.", agreement, heldOut, lexiconAgreement, trainedOn, scoredFrom,
                    scoredTo);
        }
        String note = "Sentiment from the lexicon alone: " + fallbackReason + ".";
        if (lexiconAgreement != null) {
            note += String.format(Locale.ROOT, " It agrees with the customer's own score on %.1f %% of %,d held-out"
                    + " scored texts.", lexiconAgreement, heldOut);
        }
        return note;
    }

    /** The method in full, with the run's settings written in, for the Definitions sheet. */
    public String method() {
        return String.format(Locale.ROOT, "Sentiment (−1..1) of every text and sentence = %.2f × lexicon score"
                + " + %.2f × learned score (the lexicon alone where nothing was learned). Learned each night from the"
                + " own brand's texts its customers scored, %s to %s: survey comments by their NPS answer (9-10"
                + " positive, 0-6 negative, passives left out; without an NPS answer CSAT 4-5 / 1-2, else CES 6-7 /"
                + " 1-2), posts and reviews by their rating (4-5 / 1-2). Per word and word pair, the smoothed log-odds"
                + " of appearing in a positive rather than a negative text; a text's learned score is"
                + " tanh(Σ log-odds / (2 √k)) over its k known words and pairs. Brand and product names carry"
                + " nothing. %.0f %% of the scored texts, by a stable hash of their id, are held out and never learned"
                + " from; agreement = share of them whose sentiment label (positive ≥ 0.05, negative ≤ −0.05) matches"
                + " the customer's score, a neutral label matching neither. With fewer than %,d scored texts, or"
                + " fewer than a tenth of those on either side, the lexicon alone.", 1 - blendWeight, blendWeight,
                scoredFrom, scoredTo, 100 * heldOutShare, minimumScoredTexts);
    }
}
