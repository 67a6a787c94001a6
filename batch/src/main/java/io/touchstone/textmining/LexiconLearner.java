package io.touchstone.textmining;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns word valences from a company's own labelled comments, to adapt the sentiment lexicon
 * to its vocabulary: for each word in at least {@code minimum} labelled texts, the smoothed
 * log-odds of appearing in a positive rather than a negative text, scaled to the lexicon's
 * −4..4 and kept when clearly one-sided. Words the lexicon already scores keep their value: the
 * sample adds the company's own vocabulary, it does not re-weigh the language. The result is a {@code word<TAB>valence} file for
 * {@code touchstone.text-mining.lexicon}.
 */
public final class LexiconLearner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']{3,}");
    private static final double SCALE = 1.2;
    private static final double KEEP_ABOVE = 0.8;
    private static final double LIMIT = 3.0;

    private final int minimum;
    private final SentimentLexicon known;

    /** Learns words the {@code known} lexicon has no valence for; its calibrated words are left alone. */
    public LexiconLearner(int minimum, SentimentLexicon known) {
        this.minimum = minimum;
        this.known = known;
    }

    /** How many positive and negative samples a word occurs in. */
    private record Samples(long positive, long negative) {

        static final Samples POSITIVE = new Samples(1, 0);
        static final Samples NEGATIVE = new Samples(0, 1);

        Samples plus(Samples other) {
            return new Samples(positive + other.positive, negative + other.negative);
        }
    }

    public Map<String, Double> learn(List<LabelledSample> samples) {
        Map<String, Samples> counts = new HashMap<>();
        long positive = 0;
        long negative = 0;
        for (LabelledSample sample : samples) {
            boolean isPositive = sample.label().equals("positive");
            if (!isPositive && !sample.label().equals("negative")) {
                continue;
            }
            if (isPositive) {
                positive++;
            } else {
                negative++;
            }
            Set<String> words = new HashSet<>();
            Matcher matcher = WORD.matcher(sample.text().toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                words.add(matcher.group());
            }
            for (String word : words) {
                counts.merge(word, isPositive ? Samples.POSITIVE : Samples.NEGATIVE, Samples::plus);
            }
        }
        Map<String, Double> valences = new TreeMap<>();
        for (Map.Entry<String, Samples> word : counts.entrySet()) {
            long inPositive = word.getValue().positive();
            long inNegative = word.getValue().negative();
            if (inPositive + inNegative < minimum || known.valence(word.getKey()) != 0) {
                continue;
            }
            double logOdds = Math.log((inPositive + 1.0) / (positive + 2.0)) - Math.log((inNegative + 1.0) / (negative + 2.0));
            double valence = Math.max(-LIMIT, Math.min(LIMIT, SCALE * logOdds));
            if (Math.abs(valence) >= KEEP_ABOVE) {
                valences.put(word.getKey(), Math.round(valence * 100) / 100.0);
            }
        }
        return valences;
    }
}
