package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the sentiment of a sentence or comment from −1 (very negative) to 1 (very positive),
 * with rules for how customers write about service and how people post:
 * <ul>
 * <li>names carry no sentiment: the words of a brand or product name ({@link BrandNames}) are
 *     skipped, so "Best", "Lucky" or "Trouble" as a brand moves nothing;</li>
 * <li>social conventions ({@link SocialConventions}): links, retweet markers and @handles are
 *     dropped, hashtags read as their words; emoticons (":)", ":-(", "&lt;3") and common emoji
 *     count with their valence; an elongated word ("sooo good", "loooove") and a word in capitals
 *     within a text that is not all capitals count as emphasised;</li>
 * <li>negation flips and damps a word within three words after "not", "never", "no", "n't" …;</li>
 * <li>intensifiers ("very", "really", "so") strengthen the next word, hedges ("slightly") soften it;</li>
 * <li>contrast: after "but" (or "however") the clause counts 1.5 times, before it half;</li>
 * <li>complaint and service-failure cues that carry no sentiment word — "still waiting",
 *     "nobody called back", "on hold", "double charged", "no refund", "stranded" — count as
 *     clearly negative, in any industry;</li>
 * <li>sarcasm: "thanks for nothing", "great, another delay", "love being on hold" turn the
 *     praise words of the text negative;</li>
 * <li>a question that only asks for information ("what time does the store open?") gets no
 *     credit for the positive words it uses;</li>
 * <li>exclamation marks add emphasis.</li>
 * </ul>
 * The sum of valences is squashed as in VADER: x / sqrt(x² + 15).
 */
public final class SentimentScorer implements TextSentiment {

    /** At or above this a text is positive, at or below its negative neutral. */
    public static final double THRESHOLD = 0.05;

    private static final Pattern TOKEN = Pattern.compile(
            "<3|>:-?\\(|[:;=]'?-?[)(DPp/|\\\\]|[\\p{L}\\p{N}']+|!");
    private static final Pattern ELONGATED = Pattern.compile("(\\p{L})\\1{2,}");
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
            "not turn up", "didn't turn up", "did not turn up", "cut off", "gave up",
            // Service failures of any industry, said without a sentiment word.
            "double charged", "charged double", "no refund", "still broken", "not working", "stopped working",
            "doesn't work", "does not work", "won't work", "no signal", "no service", "no show", "never showed",
            "left stranded", "lost my", "lost our", "lost his", "lost her", "still down", "went down",
            "no update", "no updates", "no answer", "hung up", "sent back", "wrong order", "wrong item");
    private static final Map<String, Double> FAILURE_WORDS = Map.ofEntries(
            Map.entry("stuck", -1.6), Map.entry("stranded", -2.0), Map.entry("outage", -1.8),
            Map.entry("outages", -1.8), Map.entry("delay", -1.3), Map.entry("delays", -1.3),
            Map.entry("delayed", -1.4), Map.entry("cancelled", -1.6), Map.entry("canceled", -1.6),
            Map.entry("overbooked", -1.6), Map.entry("unreachable", -1.5), Map.entry("glitch", -1.3),
            Map.entry("glitches", -1.3), Map.entry("overcharged", -2.1), Map.entry("misrouted", -1.5),
            Map.entry("lost", -1.3), Map.entry("downtime", -1.4));
    /** Sarcasm that needs no other clue. */
    private static final List<String> SARCASM = List.of("thanks for nothing", "thank you for nothing",
            "just what i needed", "just what i need", "yeah right", "so much for", "oh joy");
    /** Praise followed by more of something, sarcastic when the text also complains: "great, another delay". */
    private static final Pattern SARCASTIC_PRAISE = Pattern.compile(" (?:oh )?(?:great|fantastic|brilliant|perfect"
            + "|wonderful|lovely|awesome|nice|super|terrific|marvellous|marvelous|thanks) (?:another|more|yet|again) "
            + "| (?:love|loving|loved|enjoy|enjoying|adore) (?:being|waiting|sitting|standing|spending) | oh great ");
    private static final Set<String> QUESTION_STARTS = Set.of("what", "when", "where", "which", "who", "whom",
            "whose", "how", "does", "do", "is", "are", "can", "could", "will", "would", "should", "has", "have",
            "did", "anyone", "any", "may", "shall");
    /** Common emoji and their valences, assigned for this scorer in the lexicon's −4..4 scale. */
    private static final Map<Integer, Double> EMOJI = emoji();
    private static final double NEGATION_FACTOR = -0.74;
    private static final double BOOST = 0.293;
    private static final double CAPITALS = 0.733;
    private static final double COMPLAINT_VALENCE = -2.0;
    private static final double EXCLAMATION = 0.292;

    private final SentimentLexicon lexicon;
    private final boolean rules;
    private final BrandNames names;

    public SentimentScorer(SentimentLexicon lexicon) {
        this(lexicon, true, BrandNames.none());
    }

    private SentimentScorer(SentimentLexicon lexicon, boolean rules, BrandNames names) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.names = names;
    }

    /** The lexicon alone, without the rules: the baseline the rules are measured against. */
    public static SentimentScorer plainLexicon(SentimentLexicon lexicon) {
        return new SentimentScorer(lexicon, false, BrandNames.none());
    }

    /** This scorer, skipping the words of {@code names} wherever they are written. */
    public SentimentScorer ignoring(BrandNames names) {
        return new SentimentScorer(lexicon, rules, names);
    }

    @Override
    public double score(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (!rules) {
            double sum = 0;
            for (Token token : Tokens.of(text, BrandNames.none()).words()) {
                sum += lexicon.valence(token.word());
            }
            return sum / Math.sqrt(sum * sum + 15);
        }
        Tokens tokens = Tokens.of(SocialConventions.undo(text, names), names);
        List<String> words = tokens.words().stream().map(token -> token.word()).toList();
        String normalised = " " + String.join(" ", words) + " ";
        double cues = 0;
        for (String cue : COMPLAINT_CUES) {
            if (normalised.contains(" " + cue + " ")) {
                cues += COMPLAINT_VALENCE;
            }
        }
        double sum = valenceSum(tokens, cues < 0 || tokens.emojiValence() < 0, normalised) + cues;
        if (sum != 0 && tokens.exclamations() > 0) {
            sum += Math.signum(sum) * Math.min(tokens.exclamations(), 3) * EXCLAMATION;
        }
        return sum / Math.sqrt(sum * sum + 15);
    }

    public static String label(double score) {
        if (score >= THRESHOLD) {
            return "positive";
        }
        return score <= -THRESHOLD ? "negative" : "neutral";
    }

    /** One word as scored: lower case and de-elongated, with whether it was emphasised in writing. */
    private record Token(String word, boolean emphasised) {
    }

    /**
     * A text's words (names left out), the valence of its emoji and emoticons, its exclamation
     * marks, and whether it is a question asking for information.
     */
    private record Tokens(List<Token> words, double emojiValence, int exclamations, boolean informationQuestion) {

        static Tokens of(String text, BrandNames names) {
            String plain = text.replace('’', '\'');
            boolean allCapitals = plain.equals(plain.toUpperCase(Locale.ROOT));
            List<String> raw = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            double emoji = 0;
            int exclamations = 0;
            Matcher matcher = TOKEN.matcher(plain);
            while (matcher.find()) {
                String token = matcher.group();
                if (token.equals("!")) {
                    exclamations++;
                } else if (EMOTICONS.containsKey(token)) {
                    emoji += EMOTICONS.get(token);
                } else {
                    raw.add(token);
                    lower.add(token.toLowerCase(Locale.ROOT));
                }
            }
            for (int i = 0; i < plain.length(); ) {
                int codePoint = plain.codePointAt(i);
                Double valence = EMOJI.get(codePoint);
                if (valence != null) {
                    emoji += valence;
                }
                i += Character.charCount(codePoint);
            }
            List<Token> words = new ArrayList<>(lower.size());
            for (int i = 0; i < lower.size(); i++) {
                int name = names.lengthAt(lower, i);
                if (name > 0) {
                    i += name - 1;
                    continue;
                }
                String word = lower.get(i);
                boolean capitals = !allCapitals && raw.get(i).length() > 1
                        && raw.get(i).equals(raw.get(i).toUpperCase(Locale.ROOT)) && !word.equals(raw.get(i));
                words.add(new Token(word, capitals));
            }
            String trimmed = plain.strip();
            boolean question = trimmed.endsWith("?") && !words.isEmpty()
                    && QUESTION_STARTS.contains(words.get(0).word());
            return new Tokens(words, emoji, exclamations, question);
        }
    }

    /** The words' valences summed, each emphasised, negated, weighed around the last contrast, turned by sarcasm. */
    private double valenceSum(Tokens tokens, boolean complains, String normalised) {
        List<Token> words = tokens.words();
        int contrastAt = -1;
        for (int i = 0; i < words.size(); i++) {
            if (CONTRASTS.contains(words.get(i).word())) {
                contrastAt = i;
            }
        }
        double sum = tokens.emojiValence();
        List<Double> valences = new ArrayList<>(words.size());
        boolean negative = complains;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            String word = token.word();
            double valence = valenceOf(word);
            boolean emphasised = token.emphasised();
            if (valence == 0 && ELONGATED.matcher(word).find()) {
                word = ELONGATED.matcher(word).replaceAll("$1$1");
                valence = valenceOf(word);
                if (valence == 0) {
                    word = ELONGATED.matcher(token.word()).replaceAll("$1");
                    valence = valenceOf(word);
                }
                emphasised = true;
            }
            valences.add(valence);
            negative |= valence < 0;
            if (valence == 0) {
                continue;
            }
            valence += emphasis(words, i, valence);
            if (emphasised) {
                valence += Math.signum(valence) * (token.emphasised() ? CAPITALS : BOOST);
            }
            if (negated(words, i)) {
                valence *= NEGATION_FACTOR;
            }
            if (contrastAt >= 0) {
                valence *= i < contrastAt ? 0.5 : 1.5;
            }
            valences.set(i, valence);
        }
        boolean sarcastic = SARCASM.stream().anyMatch(cue -> normalised.contains(" " + cue + " "))
                || negative && SARCASTIC_PRAISE.matcher(normalised).find();
        for (double valence : valences) {
            if (valence > 0 && sarcastic) {
                sum -= valence;
            } else if (valence > 0 && tokens.informationQuestion()) {
                continue;
            } else {
                sum += valence;
            }
        }
        return sum;
    }

    private double valenceOf(String word) {
        Double failure = FAILURE_WORDS.get(word);
        return failure != null ? failure : lexicon.valence(word);
    }

    private static double emphasis(List<Token> words, int at, double valence) {
        double boost = 0;
        for (int back = 1; back <= 2 && at - back >= 0; back++) {
            String before = deElongated(words.get(at - back).word());
            double decay = back == 1 ? 1 : 0.95;
            if (INTENSIFIERS.contains(before)) {
                boost += Math.signum(valence) * BOOST * decay;
            } else if (HEDGES.contains(before)) {
                boost -= Math.signum(valence) * BOOST * decay;
            }
        }
        return boost;
    }

    private static String deElongated(String word) {
        return ELONGATED.matcher(word).find() ? ELONGATED.matcher(word).replaceAll("$1") : word;
    }

    private static boolean negated(List<Token> words, int at) {
        for (int back = 1; back <= 3 && at - back >= 0; back++) {
            String before = words.get(at - back).word();
            if (NEGATORS.contains(before.replace("'", "")) || before.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Double> EMOTICONS = Map.ofEntries(
            Map.entry(":)", 2.0), Map.entry(":-)", 2.0), Map.entry("=)", 2.0), Map.entry(":D", 2.3),
            Map.entry(":-D", 2.3), Map.entry(";)", 1.5), Map.entry(";-)", 1.5), Map.entry(":P", 1.0),
            Map.entry(":p", 1.0), Map.entry("<3", 1.9), Map.entry(":(", -1.9), Map.entry(":-(", -1.9),
            Map.entry("=(", -1.9), Map.entry(":'(", -2.2), Map.entry(">:(", -2.4), Map.entry(">:-(", -2.4),
            Map.entry(":/", -1.0), Map.entry(":-/", -1.0), Map.entry(":\\", -1.0), Map.entry(":|", -0.5));

    private static Map<Integer, Double> emoji() {
        Map<Integer, Double> emoji = new HashMap<>();
        // Smiles, hearts, praise and celebration.
        "😀😃😄😁😊🙂😍🥰😘😎🤩😇🥳".codePoints().forEach(c -> emoji.put(c, 2.2));
        "👍👌🙌👏🎉💯✅⭐🌟💖💕💗💙💚💛💜🧡❤".codePoints().forEach(c -> emoji.put(c, 1.8));
        "😂🤣😆😅😉😋".codePoints().forEach(c -> emoji.put(c, 1.2));
        // Anger, sadness, disgust, contempt, despair.
        "😠😡🤬👿💢".codePoints().forEach(c -> emoji.put(c, -2.6));
        "😞😟😢😭😩😫😤😣😖😔😒🙄😑😕🙁☹😰😱🤮🤢💩👎💔🤦😬".codePoints().forEach(c -> emoji.put(c, -1.9));
        return Map.copyOf(emoji);
    }
}
