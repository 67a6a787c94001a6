package io.touchstone.textmining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts in how many comments each analysed term and two-word phrase occurs (document
 * frequency), the raw material of the emerging-topic test. Phrases join neighbouring terms
 * after stop words are dropped ("missed delivery slot" gives "miss deliveri", "deliveri slot").
 * Personal data is erased first: one customer's address repeated in a handful of comments is not
 * a topic.
 */
final class TermCounter {

    /** Auxiliaries and fillers Lucene's stop lists keep but that never make a topic. */
    private static final Set<String> FILLERS = Set.of("had", "has", "have", "was", "were", "been", "are", "did", "does",
            "doe", "get", "got", "would", "could", "should", "will", "can", "one", "two", "also", "just", "than", "then",
            "from", "our", "your", "you", "they", "them", "their", "i'm", "i'v", "we", "us", "all", "out", "about");

    private final Map<String, Long> comments = new HashMap<>();
    private long total;

    void add(Analyzer analyzer, String comment) {
        Set<String> seen = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", PersonalDataScrubber.erase(comment))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String current = term.toString();
                if (current.length() > 2 && current.chars().anyMatch(Character::isLetter)
                        && !FILLERS.contains(current)) {
                    seen.add(current);
                    if (previous != null) {
                        seen.add(previous + " " + current);
                    }
                    previous = current;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse a comment", e);
        }
        seen.forEach(found -> comments.merge(found, 1L, Long::sum));
        total++;
    }

    long total() {
        return total;
    }

    long comments(String term) {
        return comments.getOrDefault(term, 0L);
    }

    Map<String, Long> counts() {
        return comments;
    }
}
