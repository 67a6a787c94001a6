package io.touchstone.textmining;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only tables the scorers look every word up in: the lexicon, the negators, the names.
 *
 * <p><b>NOTE</b>: hash tables, not the JDK's immutable {@code Map.of} and {@code Set.of}. Those
 * probe by {@code equals} without comparing hash codes first, which is what most look-ups pay
 * for: nearly every word of a sentence is missing from nearly every table. Only the tables'
 * speed differs; what each holds, and so every score, is the same.
 */
final class WordTables {

    private WordTables() {
    }

    static <V> Map<String, V> map(Map<String, ? extends V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    static Set<String> set(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(List.of(words)));
    }
}
