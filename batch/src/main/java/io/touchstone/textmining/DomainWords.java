package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The features a learned sentiment model reads in a text, as hashed buckets: its lower-cased
 * words and pairs of neighbouring words ("not worth", "came back"), with links, handles and
 * the words of brand and product names left out, so a name never learns a sentiment. A pair
 * never spans a name that was left out.
 *
 * <p><b>NOTE</b>: features are hashed into {@value #BUCKETS} buckets, never kept as strings, so
 * a model's memory is fixed whatever the number of texts or words; a rare collision merges two
 * features' counts.
 */
final class DomainWords {

    /** 2²⁰ buckets: two int counts each, 8 MiB for a model of any vocabulary. */
    static final int BUCKETS = 1 << 20;

    private final BrandNames names;

    DomainWords(BrandNames names) {
        this.names = names;
    }

    /** The distinct buckets of {@code text}'s words and word pairs. */
    int[] of(String text) {
        List<String> words = new ArrayList<>();
        WordScanner.words(SocialConventions.undo(text, names).replace('’', '\'').toLowerCase(Locale.ROOT), words);
        int[] buckets = new int[words.size() * 2];
        int found = 0;
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            int name = names.lengthAt(words, i);
            if (name > 0) {
                i += name - 1;
                previous = null;
                continue;
            }
            String word = words.get(i);
            buckets[found++] = bucket(word.hashCode());
            if (previous != null) {
                buckets[found++] = bucket(31 * previous.hashCode() + 0x9E3779B9 ^ word.hashCode());
            }
            previous = word;
        }
        return distinct(buckets, found);
    }

    /**
     * The first {@code found} buckets without repeats, in the order first seen: a model sums its
     * weights in this order, so the same text always scores the same to the last digit.
     */
    private static int[] distinct(int[] buckets, int found) {
        // An open-addressing set of bucket + 1 (0 is free), at most half full.
        int[] seen = new int[Integer.highestOneBit(Math.max(found, 1)) << 2];
        int mask = seen.length - 1;
        int[] distinct = new int[found];
        int kept = 0;
        for (int i = 0; i < found; i++) {
            int bucket = buckets[i];
            int slot = bucket & mask;
            while (seen[slot] != 0 && seen[slot] != bucket + 1) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == 0) {
                seen[slot] = bucket + 1;
                distinct[kept++] = bucket;
            }
        }
        return kept == found ? distinct : Arrays.copyOf(distinct, kept);
    }

    /** A bucket from a string hash, mixed (MurmurHash3's finaliser) so similar words spread apart. */
    private static int bucket(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & (BUCKETS - 1);
    }
}
