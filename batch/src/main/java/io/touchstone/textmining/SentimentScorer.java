package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the sentiment of a sentence or comment from −1 (very negative) to 1 (very positive),
 * with rules for how customers write about service:
 * <ul>
 * <li>negation flips and damps a word within three words after "not", "never", "no", "n't" …;</li>
 * <li>intensifiers ("very", "really", "so") strengthen the next word, hedges ("slightly") soften it;</li>
 * <li>contrast: after "but" (or "however") the clause counts 1.5 times, before it half;</li>
 * <li>complaint cues that carry no sentiment word — "still waiting", "nobody called back",
 *     "third time", "on hold" — count as clearly negative;</li>
 * <li>exclamation marks add emphasis.</li>
 * </ul>
 * The sum of valences is squashed as in VADER: x / sqrt(x² + 15).
 */
public final class SentimentScorer {

    /** At or above this a text is positive, at or below its negative neutral. */
    public static final double THRESHOLD = 0.05;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+|!");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "nowhere", "cannot", "without", "hardly", "isnt", "wasnt", "dont", "didnt", "doesnt", "wont",
            "cant", "couldnt", "wouldnt", "shouldnt", "arent", "werent", "havent", "hasnt", "hadnt", "aint");
    private static final Set<String> INTENSIFIERS = Set.of("very", "really", "extremely", "so", "totally",
            "absolutely", "incredibly", "completely", "utterly", "too", "super", "most", "highly", "truly");
    private static final Set<String> HEDGES = Set.of("slightly", "somewhat", "kinda", "barely", "fairly",
            "marginally", "little");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "yet");
    private static final List<String> COMPLAINT_CUES = List.of("still waiting", "still not", "still no",
            "nobody called", "no one called", "never called", "nobody got back", "no one got back", "never got back",
            "no reply", "no response", "third time", "second time", "fourth time", "on hold", "kept waiting",
            "waste of time", "took ages", "never arrived", "did not arrive", "didn't arrive", "not arrived",
            "charged twice", "not resolved", "not fixed", "nobody told", "no one told", "not happy",
            "went wrong", "fed up", "had to chase", "keep chasing", "no one answered", "nobody answered",
            "not turn up", "didn't turn up", "did not turn up", "cut off", "gave up");
    private static final double NEGATION_FACTOR = -0.74;
    private static final double BOOST = 0.293;
    private static final double COMPLAINT_VALENCE = -2.0;
    private static final double EXCLAMATION = 0.292;

    private final SentimentLexicon lexicon;
    private final boolean rules;

    public SentimentScorer(SentimentLexicon lexicon) {
        this(lexicon, true);
    }

    private SentimentScorer(SentimentLexicon lexicon, boolean rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** The lexicon alone, without the rules: the baseline the rules are measured against. */
    public static SentimentScorer plainLexicon(SentimentLexicon lexicon) {
        return new SentimentScorer(lexicon, false);
    }

    public double score(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Tokens tokens = Tokens.of(text);
        double sum = valenceSum(tokens.words());
        if (!rules) {
            return sum / Math.sqrt(sum * sum + 15);
        }
        String normalised = " " + String.join(" ", tokens.words()) + " ";
        for (String cue : COMPLAINT_CUES) {
            if (normalised.contains(" " + cue + " ")) {
                sum += COMPLAINT_VALENCE;
            }
        }
        if (sum != 0 && tokens.exclamations() > 0) {
            sum += Math.signum(sum) * Math.min(tokens.exclamations(), 3) * EXCLAMATION;
        }
        return sum / Math.sqrt(sum * sum + 15);
    }

    /** A text's words, lower case with typographic apostrophes made plain, and its count of exclamation marks. */
    private record Tokens(List<String> words, int exclamations) {

        static Tokens of(String text) {
            String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
            List<String> words = new ArrayList<>();
            int exclamations = 0;
            Matcher matcher = WORD.matcher(lower);
            while (matcher.find()) {
                String token = matcher.group();
                if (token.equals("!")) {
                    exclamations++;
                } else {
                    words.add(token);
                }
            }
            return new Tokens(words, exclamations);
        }
    }

    /** The words' valences summed; with the rules, each emphasised, negated and weighed around the last contrast. */
    private double valenceSum(List<String> words) {
        int contrastAt = -1;
        for (int i = 0; i < words.size(); i++) {
            if (CONTRASTS.contains(words.get(i))) {
                contrastAt = i;
            }
        }
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            double valence = lexicon.valence(words.get(i));
            if (valence == 0) {
                continue;
            }
            if (!rules) {
                sum += valence;
                continue;
            }
            valence += emphasis(words, i, valence);
            if (negated(words, i)) {
                valence *= NEGATION_FACTOR;
            }
            if (contrastAt >= 0) {
                valence *= i < contrastAt ? 0.5 : 1.5;
            }
            sum += valence;
        }
        return sum;
    }

    public static String label(double score) {
        if (score >= THRESHOLD) {
            return "positive";
        }
        return score <= -THRESHOLD ? "negative" : "neutral";
    }

    private static double emphasis(List<String> words, int at, double valence) {
        double boost = 0;
        for (int back = 1; back <= 2 && at - back >= 0; back++) {
            String before = words.get(at - back);
            double decay = back == 1 ? 1 : 0.95;
            if (INTENSIFIERS.contains(before)) {
                boost += Math.signum(valence) * BOOST * decay;
            } else if (HEDGES.contains(before)) {
                boost -= Math.signum(valence) * BOOST * decay;
            }
        }
        return boost;
    }

    private static boolean negated(List<String> words, int at) {
        for (int back = 1; back <= 3 && at - back >= 0; back++) {
            String before = words.get(at - back);
            if (NEGATORS.contains(before.replace("'", "")) || before.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
