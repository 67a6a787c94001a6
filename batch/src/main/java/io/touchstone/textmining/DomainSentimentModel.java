package io.touchstone.textmining;

/**
 * A company's own sentiment language, learned from texts its customers scored (distant
 * supervision: a promoter's comment counts as positive, a detractor's as negative). Per word and
 * word pair ({@link DomainWords}), the smoothed log-odds of appearing in a positive rather than
 * a negative text, each side counted against its own number of texts so an unbalanced sample
 * (more promoters than detractors) does not tilt every word:
 * {@code r = ln((p + P/T) / (P + 1)) − ln((n + N/T) / (N + 1))}, p and n the positive and
 * negative texts with the feature, P and N all of them, T = P + N. The one smoothing text is
 * split by the sides' shares, so a word seen only in the larger side still leans to it (an even
 * split would pull every rare word towards the smaller side). A feature seen in fewer than
 * {@value #MINIMUM_TEXTS} training texts carries nothing.
 *
 * <p>A text's score is {@code tanh(Σ r / (2 √k))} over its k features that carry weight: the
 * naive-Bayes log-odds as a −1..1 difference of probabilities, with the sum divided by √k
 * because the words of one text are not independent evidence (a long review would otherwise
 * always score ±1). Equal priors: the model judges the words, not how often customers are
 * promoters.
 *
 * <p><b>NOTE</b>: training is one pass of counting, so texts can stream from the database and
 * the result does not depend on their order; memory is two int arrays of
 * {@value DomainWords#BUCKETS} buckets whatever the number of texts.
 */
public final class DomainSentimentModel implements TextSentiment {

    static final int MINIMUM_TEXTS = 3;

    private final DomainWords words;
    private final float[] weights;

    private DomainSentimentModel(DomainWords words, float[] weights) {
        this.words = words;
        this.weights = weights;
    }

    /** A model to learn, reading the texts with {@code names} left out. */
    public static Trainer trainer(BrandNames names) {
        return new Trainer(new DomainWords(names));
    }

    @Override
    public double score(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double sum = 0;
        int known = 0;
        for (int bucket : words.of(text)) {
            float weight = weights[bucket];
            if (weight != 0) {
                sum += weight;
                known++;
            }
        }
        return known == 0 ? 0 : Math.tanh(sum / (2 * Math.sqrt(known)));
    }

    /** Counts, per feature, the positive and negative texts it occurs in. */
    public static final class Trainer {

        private final DomainWords words;
        private final int[] positive = new int[DomainWords.BUCKETS];
        private final int[] negative = new int[DomainWords.BUCKETS];
        private long positiveTexts;
        private long negativeTexts;

        private Trainer(DomainWords words) {
            this.words = words;
        }

        public void add(String text, boolean isPositive) {
            int[] counts = isPositive ? positive : negative;
            for (int bucket : words.of(text)) {
                counts[bucket]++;
            }
            if (isPositive) {
                positiveTexts++;
            } else {
                negativeTexts++;
            }
        }

        public long positiveTexts() {
            return positiveTexts;
        }

        public long negativeTexts() {
            return negativeTexts;
        }

        public DomainSentimentModel build() {
            float[] weights = new float[DomainWords.BUCKETS];
            double texts = Math.max(1, positiveTexts + negativeTexts);
            double positivePrior = positiveTexts / texts;
            double negativePrior = negativeTexts / texts;
            double positiveBase = Math.log(positiveTexts + 1.0);
            double negativeBase = Math.log(negativeTexts + 1.0);
            for (int bucket = 0; bucket < weights.length; bucket++) {
                int p = positive[bucket];
                int n = negative[bucket];
                if (p + n >= MINIMUM_TEXTS) {
                    weights[bucket] = (float) (Math.log(p + positivePrior) - positiveBase
                            - Math.log(n + negativePrior) + negativeBase);
                }
            }
            return new DomainSentimentModel(words, weights);
        }
    }
}
