package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScannerTest {

    /** What the scanner replaces: the words are what this expression finds. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}']+");

    @Test
    void findsTheWordsTheExpressionFinds() {
        for (String text : List.of("Don't ever call me again!!", "x<3y :-) ok", "Ünïcödé straße ½ price Ⅻ 3rd",
                "𝐁𝐨𝐥𝐝 letters 😡 and 👍 emoji", "tabs\tand\nlines, 'quoted' — dashes", "", "   ", "日本語のテキスト",
                "a\uD835", "\uDC00b")) {
            assertThat(scanned(text)).as(text).isEqualTo(matched(text));
        }
    }

    @Test
    void keepsApostrophesLettersAndNumbersTogether() {
        assertThat(scanned("isn't £5.99 #1 café")).containsExactly("isn't", "5", "99", "1", "café");
    }

    private static List<String> scanned(String text) {
        List<String> words = new ArrayList<>();
        WordScanner.words(text, words);
        return words;
    }

    private static List<String> matched(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
