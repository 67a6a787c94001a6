package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private static final Set<String> NEGATORS = WordTables.set("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "nowhere", "cannot", "without", "hardly", "isnt", "wasnt", "dont", "didnt", "doesnt", "wont",
            "cant", "couldnt", "wouldnt", "shouldnt", "arent", "werent", "havent", "hasnt", "hadnt", "aint");
    private static final Set<String> INTENSIFIERS = WordTables.set("very", "really", "extremely", "so", "totally",
            "absolutely", "incredibly", "completely", "utterly", "too", "super", "most", "highly", "truly");
    private static final Set<String> HEDGES = WordTables.set("slightly", "somewhat", "kinda", "barely", "fairly",
            "marginally", "little");
    private static final Set<String> CONTRASTS = WordTables.set("but", "however", "although", "though", "yet");
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
    private static final Map<String, Double> FAILURE_WORDS = WordTables.map(Map.ofEntries(
            Map.entry("stuck", -1.6), Map.entry("stranded", -2.0), Map.entry("outage", -1.8),
            Map.entry("outages", -1.8), Map.entry("delay", -1.3), Map.entry("delays", -1.3),
            Map.entry("delayed", -1.4), Map.entry("cancelled", -1.6), Map.entry("canceled", -1.6),
            Map.entry("overbooked", -1.6), Map.entry("unreachable", -1.5), Map.entry("glitch", -1.3),
            Map.entry("glitches", -1.3), Map.entry("overcharged", -2.1), Map.entry("misrouted", -1.5),
            Map.entry("lost", -1.3), Map.entry("downtime", -1.4)));
    /** Sarcasm that needs no other clue. */
    private static final List<String> SARCASM = List.of("thanks for nothing", "thank you for nothing",
            "just what i needed", "just what i need", "yeah right", "so much for", "oh joy");
    /** The cues as they are looked for: whole words within the text's words joined by spaces. */
    private static final Map<String, List<String>> COMPLAINT_CUES_BY_FIRST_WORD = byFirstWord(COMPLAINT_CUES);
    private static final List<String> SARCASM_SPACED = spaced(SARCASM);
    /** Praise followed by more of something, sarcastic when the text also complains: "great, another delay". */
    private static final Pattern SARCASTIC_PRAISE = Pattern.compile(" (?:oh )?(?:great|fantastic|brilliant|perfect"
            + "|wonderful|lovely|awesome|nice|super|terrific|marvellous|marvelous|thanks) (?:another|more|yet|again) "
            + "| (?:love|loving|loved|enjoy|enjoying|adore) (?:being|waiting|sitting|standing|spending) | oh great ");
    private static final Set<String> QUESTION_STARTS = WordTables.set("what", "when", "where", "which", "who", "whom",
            "whose", "how", "does", "do", "is", "are", "can", "could", "will", "would", "should", "has", "have",
            "did", "anyone", "any", "may", "shall");
    /** Common emoji and their valences, assigned for this scorer in the lexicon's −4..4 scale. */
    private static final Map<Integer, Double> EMOJI = emoji();
    /** Below this code point no character is in {@link #EMOJI}, so most characters need no look-up. */
    private static final int FIRST_EMOJI = EMOJI.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
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
        StringBuilder joined = new StringBuilder(text.length() + 2).append(' ');
        for (Token token : tokens.words()) {
            joined.append(token.word()).append(' ');
        }
        if (tokens.words().isEmpty()) {
            joined.append(' ');
        }
        String normalised = joined.toString();
        double cues = 0;
        // A cue can only be in the text when its first word is; each cue counts once.
        Set<String> firstWordsTried = null;
        for (Token token : tokens.words()) {
            List<String> starting = COMPLAINT_CUES_BY_FIRST_WORD.get(token.word());
            if (starting == null) {
                continue;
            }
            if (firstWordsTried == null) {
                firstWordsTried = new HashSet<>();
            }
            if (firstWordsTried.add(token.word())) {
                for (String cue : starting) {
                    if (normalised.contains(cue)) {
                        cues += COMPLAINT_VALENCE;
                    }
                }
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
            int at = 0;
            while (at < plain.length()) {
                int end = tokenEnd(plain, at);
                if (end == at) {
                    int codePoint = plain.codePointAt(at);
                    if (codePoint >= FIRST_EMOJI) {
                        Double valence = EMOJI.get(codePoint);
                        if (valence != null) {
                            emoji += valence;
                        }
                    }
                    at += Character.charCount(codePoint);
                    continue;
                }
                String token = plain.substring(at, end);
                at = end;
                if (token.equals("!")) {
                    exclamations++;
                } else if (EMOTICON_START.indexOf(token.charAt(0)) >= 0 && EMOTICONS.containsKey(token)) {
                    emoji += EMOTICONS.get(token);
                } else {
                    raw.add(token);
                    lower.add(token.toLowerCase(Locale.ROOT));
                }
            }
            List<Token> words = new ArrayList<>(lower.size());
            for (int i = 0; i < lower.size(); i++) {
                int name = names.lengthAt(lower, i);
                if (name > 0) {
                    i += name - 1;
                    continue;
                }
                String word = lower.get(i);
                boolean capitals = !allCapitals && raw.get(i).length() > 1 && !word.equals(raw.get(i))
                        && raw.get(i).equals(raw.get(i).toUpperCase(Locale.ROOT));
                words.add(new Token(word, capitals));
            }
            String trimmed = plain.strip();
            boolean question = trimmed.endsWith("?") && !words.isEmpty()
                    && QUESTION_STARTS.contains(words.get(0).word());
            return new Tokens(words, emoji, exclamations, question);
        }

        /**
         * Where the token starting at {@code at} ends, {@code at} when none starts there. A token
         * is, tried in this order: the heart {@code <3}; an angry {@code >:(} or {@code >:-(}; an
         * emoticon of eyes {@code : ; =}, an optional tear {@code '} and nose {@code -}, and a
         * mouth {@code ) ( D P p / |} or a backslash; a word; an exclamation mark.
         */
        private static int tokenEnd(String text, int at) {
            char c = text.charAt(at);
            int length = text.length();
            if (c == '<' && at + 1 < length && text.charAt(at + 1) == '3') {
                return at + 2;
            }
            if (c == '>' && at + 1 < length && text.charAt(at + 1) == ':') {
                int mouth = at + 2 < length && text.charAt(at + 2) == '-' ? at + 3 : at + 2;
                if (mouth < length && text.charAt(mouth) == '(') {
                    return mouth + 1;
                }
            }
            if (c == ':' || c == ';' || c == '=') {
                int mouth = at + 1;
                if (mouth < length && text.charAt(mouth) == '\'') {
                    mouth++;
                }
                if (mouth < length && text.charAt(mouth) == '-') {
                    mouth++;
                }
                if (mouth < length && ")(DPp/|\\".indexOf(text.charAt(mouth)) >= 0) {
                    return mouth + 1;
                }
            }
            if (c == '!') {
                return at + 1;
            }
            return WordScanner.wordEnd(text, at);
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
        double[] valences = new double[words.size()];
        boolean negative = complains;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            String word = token.word();
            double valence = valenceOf(word);
            boolean emphasised = token.emphasised();
            if (valence == 0 && isElongated(word)) {
                word = shortenRuns(word, 2);
                valence = valenceOf(word);
                if (valence == 0) {
                    word = shortenRuns(token.word(), 1);
                    valence = valenceOf(word);
                }
                emphasised = true;
            }
            valences[i] = valence;
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
            valences[i] = valence;
        }
        boolean sarcastic = containsAny(normalised, SARCASM_SPACED)
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
        return isElongated(word) ? shortenRuns(word, 1) : word;
    }

    /** Whether a letter is written three or more times in a row: "sooo", "loooove". */
    private static boolean isElongated(String word) {
        int run = 0;
        int previous = -1;
        for (int at = 0; at < word.length(); ) {
            int codePoint = word.codePointAt(at);
            run = codePoint == previous ? run + 1 : 1;
            if (run >= 3 && Character.isLetter(codePoint)) {
                return true;
            }
            previous = codePoint;
            at += Character.charCount(codePoint);
        }
        return false;
    }

    /** {@code word} with every run of three or more of one letter cut to {@code keep} of it. */
    private static String shortenRuns(String word, int keep) {
        StringBuilder shortened = new StringBuilder(word.length());
        int at = 0;
        while (at < word.length()) {
            int codePoint = word.codePointAt(at);
            int width = Character.charCount(codePoint);
            int end = at + width;
            while (end < word.length() && word.codePointAt(end) == codePoint) {
                end += width;
            }
            int run = (end - at) / width;
            int kept = run >= 3 && Character.isLetter(codePoint) ? keep : run;
            for (int i = 0; i < kept; i++) {
                shortened.appendCodePoint(codePoint);
            }
            at = end;
        }
        return shortened.toString();
    }

    private static boolean containsAny(String text, List<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The cues, each with a space either side, by their first word. */
    private static Map<String, List<String>> byFirstWord(List<String> cues) {
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String cue : spaced(cues)) {
            byFirstWord.computeIfAbsent(cue.substring(1, cue.indexOf(' ', 1)), first -> new ArrayList<>()).add(cue);
        }
        byFirstWord.replaceAll((first, starting) -> List.copyOf(starting));
        return WordTables.map(byFirstWord);
    }

    private static List<String> spaced(List<String> cues) {
        List<String> spaced = new ArrayList<>(cues.size());
        for (String cue : cues) {
            spaced.add(" " + cue + " ");
        }
        return List.copyOf(spaced);
    }

    private static boolean negated(List<Token> words, int at) {
        for (int back = 1; back <= 3 && at - back >= 0; back++) {
            String before = words.get(at - back).word();
            String bare = before.indexOf('\'') < 0 ? before : before.replace("'", "");
            if (NEGATORS.contains(bare) || before.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Double> EMOTICONS = WordTables.map(Map.ofEntries(
            Map.entry(":)", 2.0), Map.entry(":-)", 2.0), Map.entry("=)", 2.0), Map.entry(":D", 2.3),
            Map.entry(":-D", 2.3), Map.entry(";)", 1.5), Map.entry(";-)", 1.5), Map.entry(":P", 1.0),
            Map.entry(":p", 1.0), Map.entry("<3", 1.9), Map.entry(":(", -1.9), Map.entry(":-(", -1.9),
            Map.entry("=(", -1.9), Map.entry(":'(", -2.2), Map.entry(">:(", -2.4), Map.entry(">:-(", -2.4),
            Map.entry(":/", -1.0), Map.entry(":-/", -1.0), Map.entry(":\\", -1.0), Map.entry(":|", -0.5)));
    /** The characters an emoticon starts with; a token starting otherwise is not looked up. */
    private static final String EMOTICON_START = EMOTICONS.keySet().stream()
            .map(emoticon -> emoticon.substring(0, 1)).distinct().collect(Collectors.joining());

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
