package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names that must carry no sentiment: the own brand, every brand the feeds mention, the
 * configured product names. A brand called Lucky, Best, United, Hope, Virgin or Trouble is a name
 * in a post about it, not a feeling, so the scorer skips its words — written out ("Best Buy"),
 * as an @handle ({@code @united}) or as a #hashtag ({@code #VirginMedia}).
 */
public final class BrandNames {

    /** A handle or hashtag naming a brand with a short addition, such as {@code @unitedairlines} or {@code #bestbuyfail}. */
    private static final int SHORTEST_PREFIX = 4;

    /** The names by their first word, longest first: every word of every text is looked up here. */
    private final Map<String, List<List<String>>> byFirstWord;
    private final Set<String> joined;

    private BrandNames(List<List<String>> names, Set<String> joined) {
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (List<String> name : names) {
            byFirstWord.computeIfAbsent(name.get(0), first -> new ArrayList<>()).add(name);
        }
        byFirstWord.replaceAll((first, starting) -> List.copyOf(starting));
        this.byFirstWord = WordTables.map(byFirstWord);
        this.joined = joined;
    }

    public static BrandNames none() {
        return new BrandNames(List.of(), Set.of());
    }

    public static BrandNames of(Collection<String> names) {
        List<List<String>> words = new ArrayList<>();
        Set<String> joined = new HashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            List<String> nameWords = words(name);
            if (!nameWords.isEmpty()) {
                words.add(nameWords);
                joined.add(String.join("", nameWords));
            }
        }
        // Longest first, so "Virgin Media" is skipped whole before "Virgin" alone is tried.
        words.sort(Comparator.comparingInt((List<String> name) -> name.size()).reversed());
        return new BrandNames(List.copyOf(words), Set.copyOf(joined));
    }

    /** How many of {@code words} from {@code at} on spell a name; 0 when none starts there. */
    int lengthAt(List<String> words, int at) {
        List<List<String>> starting = byFirstWord.get(words.get(at));
        if (starting == null) {
            return 0;
        }
        for (List<String> name : starting) {
            if (at + name.size() <= words.size() && words.subList(at, at + name.size()).equals(name)) {
                return name.size();
            }
        }
        return 0;
    }

    /** Whether a handle or hashtag (without its {@code @} or {@code #}) names a brand. */
    boolean namesTag(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT).replace("_", "");
        if (joined.contains(lower)) {
            return true;
        }
        for (String name : joined) {
            if (name.length() >= SHORTEST_PREFIX && lower.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        WordScanner.words(text.toLowerCase(Locale.ROOT).replace('’', '\''), words);
        return words;
    }
}
