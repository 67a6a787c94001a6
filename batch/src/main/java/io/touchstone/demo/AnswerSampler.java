package io.touchstone.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws one customer's answers so that the scores agree with each other: a customer first gets a
 * mood (promoter, passive or detractor) such that a group of them scores a given NPS, then every
 * answer, satisfaction, effort and the tone of a comment, is drawn from that mood.
 *
 * <p>The per-mood distributions are set so that a company NPS near +30 comes with roughly 76 %
 * CSAT top-2-box and a CES mean near 5.3, the ratios seen in retail survey programmes.
 */
final class AnswerSampler {

    /** Passives are a stable share; the NPS level moves the split between the other two groups. */
    private static final double PASSIVE_SHARE = 0.28;

    private static final List<Integer> NPS_DETRACTOR = List.of(0, 1, 2, 3, 4, 5, 6);
    private static final List<Integer> NPS_PASSIVE = List.of(7, 8);
    private static final List<Integer> NPS_PROMOTER = List.of(9, 10);
    private static final List<Integer> CSAT = List.of(1, 2, 3, 4, 5);
    private static final List<Integer> CES = List.of(1, 2, 3, 4, 5, 6, 7);
    private static final List<Sentiment> SENTIMENTS = List.of(Sentiment.PRAISE, Sentiment.MIXED, Sentiment.COMPLAINT);

    private final SplittableRandom random;

    AnswerSampler(SplittableRandom random) {
        this.random = random;
    }

    Mood mood(double expectedNps) {
        double net = Math.max(-0.7, Math.min(0.7, expectedNps / 100));
        double promoter = (1 - PASSIVE_SHARE + net) / 2;
        double detractor = (1 - PASSIVE_SHARE - net) / 2;
        double u = random.nextDouble();
        return u < promoter ? Mood.PROMOTER : u < promoter + detractor ? Mood.DETRACTOR : Mood.PASSIVE;
    }

    int nps(Mood mood) {
        return mood.nps.pick(random);
    }

    int csat(Mood mood) {
        return mood.csat.pick(random);
    }

    int ces(Mood mood) {
        return mood.ces.pick(random);
    }

    Sentiment sentiment(Mood mood) {
        return mood.sentiment.pick(random);
    }

    /** Whether this customer bothers to write something; unhappy customers write more. */
    boolean writesComment(Mood mood, String channel) {
        double phoneFactor = channel.equals("ivr") ? 0.5 : 1.0;
        return random.nextDouble() < mood.commentRate * phoneFactor;
    }

    /** A customer's disposition, from which all their answers follow. */
    enum Mood {
        PROMOTER(
                new WeightedPick<>(NPS_PROMOTER, 45, 55),
                new WeightedPick<>(CSAT, 1, 1, 3, 32, 63),
                new WeightedPick<>(CES, 1, 2, 3, 7, 17, 33, 37),
                new WeightedPick<>(SENTIMENTS, 88, 12, 0),
                0.33),
        PASSIVE(
                new WeightedPick<>(NPS_PASSIVE, 45, 55),
                new WeightedPick<>(CSAT, 2, 4, 18, 54, 22),
                new WeightedPick<>(CES, 2, 3, 7, 15, 30, 28, 15),
                new WeightedPick<>(SENTIMENTS, 30, 50, 20),
                0.36),
        DETRACTOR(
                new WeightedPick<>(NPS_DETRACTOR, 6, 2, 3, 4, 6, 10, 12),
                new WeightedPick<>(CSAT, 15, 22, 28, 27, 8),
                new WeightedPick<>(CES, 10, 12, 15, 18, 20, 15, 10),
                new WeightedPick<>(SENTIMENTS, 0, 12, 88),
                0.58);

        private final WeightedPick<Integer> nps;
        private final WeightedPick<Integer> csat;
        private final WeightedPick<Integer> ces;
        private final WeightedPick<Sentiment> sentiment;
        private final double commentRate;

        Mood(WeightedPick<Integer> nps, WeightedPick<Integer> csat, WeightedPick<Integer> ces,
                WeightedPick<Sentiment> sentiment, double commentRate) {
            this.nps = nps;
            this.csat = csat;
            this.ces = ces;
            this.sentiment = sentiment;
            this.commentRate = commentRate;
        }

        /** The group an answer of 0-10 puts a customer in, as NPS counts them. */
        static Mood ofNps(int nps) {
            return nps >= 9 ? PROMOTER : nps >= 7 ? PASSIVE : DETRACTOR;
        }
    }
}
