package io.touchstone.textmining;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Counts how many customers used each phrase (by its key, see {@link CustomerPhrases}): the raw
 * material of the emerging-topic test. A customer is one voice however often they write a
 * phrase, in one comment or thirty, so one person repeating themselves never makes a trend.
 * Personal data is erased first: one customer's address is not a topic.
 *
 * <p><b>NOTE</b>: comments must arrive grouped by customer (the query orders them so); a
 * customer's phrases are gathered until the next customer's first comment, then counted once.
 *
 * <p><b>NOTE</b>: memory is bounded. Counting every phrase ({@link #all}), the counter keeps at
 * most {@value #KEPT_KEYS} keys: past that, the rarest (at most {@link #floor()} customers) are
 * dropped, down to half the bound. A key dropped while rare starts again from nothing, so it may
 * be undercounted by a few voices; a phrase many customers use soon outgrows the floor and is
 * kept. Counting the baseline ({@link #only}), it keeps just the keys that could emerge this
 * period.
 */
final class PhraseCounter {

    /** Keys kept before the rarest are pruned: some 40 MB of phrases. */
    static final int KEPT_KEYS = 250_000;

    /** One key's voices and the comments it appeared in. */
    static final class Count {
        private long voices;
        private long comments;

        long voices() {
            return voices;
        }

        long comments() {
            return comments;
        }
    }

    private final CustomerPhrases phrases = new CustomerPhrases();
    private final Set<String> only;
    private final int keptKeys;
    private final Map<String, Count> counts = new HashMap<>();
    private final Set<String> voiceKeys = new HashSet<>();
    private String voice;
    private long voices;
    private long comments;
    private long floor;

    private PhraseCounter(Set<String> only, int keptKeys) {
        this.only = only;
        this.keptKeys = keptKeys;
    }

    /** Counts every phrase, pruning the rarest past {@value #KEPT_KEYS} keys. */
    static PhraseCounter all() {
        return new PhraseCounter(null, KEPT_KEYS);
    }

    /** Counts every phrase, pruning the rarest past {@code keptKeys} keys. */
    static PhraseCounter all(int keptKeys) {
        return new PhraseCounter(null, keptKeys);
    }

    /** Counts only the given keys. */
    static PhraseCounter only(Set<String> keys) {
        return new PhraseCounter(Set.copyOf(keys), Integer.MAX_VALUE);
    }

    /** Adds one comment of {@code customer}, analysed with the comment's language analyzer. */
    void add(String customer, Analyzer analyzer, String comment) {
        if (!Objects.equals(customer, voice)) {
            countVoice();
            voice = customer;
            voices++;
        }
        Set<String> commentKeys = new HashSet<>();
        phrases.readComment(analyzer, comment, (key, surface) -> {
            if (only == null || only.contains(key)) {
                commentKeys.add(key);
            }
        });
        commentKeys.forEach(key -> counts.computeIfAbsent(key, any -> new Count()).comments++);
        voiceKeys.addAll(commentKeys);
        comments++;
    }

    private void countVoice() {
        voiceKeys.forEach(key -> counts.computeIfAbsent(key, any -> new Count()).voices++);
        voiceKeys.clear();
        if (counts.size() > keptKeys) {
            // Down to half, so pruning happens now and then rather than on every customer.
            long level = Math.max(1, floor);
            do {
                long rare = level++;
                counts.values().removeIf(count -> count.voices <= rare);
            } while (counts.size() > keptKeys / 2);
            floor = level - 1;
        }
    }

    /**
     * Adds another counter's counts to this one's: both counted other customers, and neither
     * pruned (see {@link CustomersSharedOut}), so the sum is what one counter would have counted.
     */
    void add(PhraseCounter other) {
        if (keptKeys != Integer.MAX_VALUE || other.keptKeys != Integer.MAX_VALUE) {
            throw new IllegalStateException("Only counters that never prune can be added up");
        }
        countVoice();
        other.counts().forEach((key, count) -> {
            Count sum = counts.computeIfAbsent(key, any -> new Count());
            sum.voices += count.voices;
            sum.comments += count.comments;
        });
        voices += other.voices;
        comments += other.comments;
    }

    /** Customers who commented. */
    long voices() {
        return voices;
    }

    /** Comments read. */
    long comments() {
        return comments;
    }

    /** Customers who used the key. */
    long voices(String key) {
        countVoice();
        Count count = counts.get(key);
        return count == null ? 0 : count.voices;
    }

    /** Every key counted, with its count. */
    Map<String, Count> counts() {
        countVoice();
        return counts;
    }

    /** The most voices a key may have lost to pruning. */
    long floor() {
        return floor;
    }
}
