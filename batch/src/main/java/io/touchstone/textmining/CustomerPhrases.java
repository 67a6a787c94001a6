package io.touchstone.textmining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads the candidate phrases of a sentence as the customer wrote them: runs of one to
 * {@value #LONGEST} neighbouring words, lower-cased, that start and end with a content word and
 * may hold stop words inside ("missed the delivery slot", "left a card"). Each comes with its
 * key, the stems of its content words ("miss deliveri slot"), so "missing the delivery slot"
 * counts with it; what is published is a surface form, never the key. A phrase never crosses
 * punctuation, so its words were always adjacent in what someone wrote.
 *
 * <p><b>NOTE</b>: words are stemmed one at a time through the comment's Lucene analyzer (its
 * stop words give an empty stem) and the stems cached per analyzer: customers use a small
 * vocabulary over and over, so after the first few thousand comments nearly every word is a
 * cache hit. The cache is emptied when it grows past {@value #CACHED_WORDS} words.
 */
final class CustomerPhrases {

    /** Words in the longest phrase counted. */
    static final int LONGEST = 4;

    /** Auxiliaries and fillers Lucene's stop lists keep but that never start or end a topic. */
    private static final Set<String> FILLERS = WordTables.set("had", "has", "have", "was", "were", "been", "are", "did", "does",
            "doe", "get", "got", "would", "could", "should", "will", "can", "one", "two", "also", "just", "than", "then",
            "from", "our", "your", "you", "they", "them", "their", "i'm", "i'v", "we", "us", "all", "out", "about",
            "i've", "it's", "im", "very", "really", "again");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final int CACHED_WORDS = 200_000;

    private final Map<Analyzer, Map<String, String>> stems = new HashMap<>();

    /**
     * Calls {@code phrases} with each candidate phrase's key and surface form, sentence by sentence.
     * Personal data is erased before reading, so neither an address nor a marker's word makes a
     * phrase.
     */
    void readComment(Analyzer analyzer, String comment, BiConsumer<String, String> phrases) {
        for (String sentence : Sentences.of(comment)) {
            read(analyzer, PersonalDataScrubber.erase(sentence), phrases);
        }
    }

    /** Calls {@code phrases} with each candidate phrase's key and surface form, in reading order. */
    void read(Analyzer analyzer, String sentence, BiConsumer<String, String> phrases) {
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String text = sentence.toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(text);
        int end = 0;
        while (word.find()) {
            if (!words.isEmpty() && !text.substring(end, word.start()).isBlank()) {
                emit(words, keys, phrases);
                words.clear();
                keys.clear();
            }
            words.add(word.group());
            keys.add(contentStem(analyzer, word.group()));
            end = word.end();
        }
        emit(words, keys, phrases);
    }

    private static void emit(List<String> words, List<String> keys, BiConsumer<String, String> phrases) {
        for (int first = 0; first < words.size(); first++) {
            if (keys.get(first) == null) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int last = first; last < Math.min(words.size(), first + LONGEST); last++) {
                if (keys.get(last) != null) {
                    key.append(key.isEmpty() ? "" : " ").append(keys.get(last));
                    phrases.accept(key.toString(), String.join(" ", words.subList(first, last + 1)));
                }
            }
        }
    }

    /** The word's stem when it is a content word, else {@code null}. */
    private String contentStem(Analyzer analyzer, String word) {
        Map<String, String> cache = stems.computeIfAbsent(analyzer, any -> new HashMap<>());
        String stem = cache.get(word);
        if (stem == null) {
            if (cache.size() >= CACHED_WORDS) {
                cache.clear();
            }
            stem = stem(analyzer, word);
            cache.put(word, stem);
        }
        return stem.isEmpty() ? null : stem;
    }

    private static String stem(Analyzer analyzer, String word) {
        if (word.length() < 3 || FILLERS.contains(word) || word.chars().noneMatch(Character::isLetter)) {
            return "";
        }
        StringBuilder stem = new StringBuilder();
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stem.append(stem.isEmpty() ? "" : "-").append(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse the word " + word, e);
        }
        return FILLERS.contains(stem.toString()) ? "" : stem.toString();
    }
}
