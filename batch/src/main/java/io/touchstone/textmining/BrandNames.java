package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names that must carry no sentiment: the own brand, every brand the feeds mention, the
 * configured product names. A brand called Lucky, Best, United, Hope, Virgin or Trouble is a name
 * in a post about it, not a feeling, so the scorer skips its words — written out ("Best Buy"),
 * as an @handle ({@code @united}) or as a #hashtag ({@code #VirginMedia}).
 */
public final class BrandNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** A handle or hashtag naming a brand with a short addition, such as {@code @unitedairlines} or {@code #bestbuyfail}. */
    private static final int SHORTEST_PREFIX = 4;

    private final List<List<String>> names;
    private final Set<String> joined;

    private BrandNames(List<List<String>> names, Set<String> joined) {
        this.names = names;
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
        for (List<String> name : names) {
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
        return names.isEmpty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
