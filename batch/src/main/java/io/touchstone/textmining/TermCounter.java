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
 */
final class TermCounter {

    private final Map<String, Long> comments = new HashMap<>();
    private long total;

    void add(Analyzer analyzer, String comment) {
        Set<String> seen = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", comment)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String current = term.toString();
                if (current.length() > 2 && current.chars().anyMatch(Character::isLetter)) {
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
