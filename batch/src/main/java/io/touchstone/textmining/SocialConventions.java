package io.touchstone.textmining;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the conventions of social posts before a text is scored: links, retweet markers and
 * @handles carry no sentiment and go; a hashtag is read as the words it joins
 * ({@code #NeverAgain} → "Never Again", {@code #worst_service} → "worst service"), unless it names a
 * brand, which goes too. Emoji, emoticons, elongation and capitals are read by the scorer itself.
 */
final class SocialConventions {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern RETWEET = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:RT|MT)\\s+@[\\p{L}\\p{N}_]+:?|\\bvia\\s+@[\\p{L}\\p{N}_]+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_])[@＠][\\p{L}\\p{N}_]+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])[#＃]([\\p{L}\\p{N}_]+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private SocialConventions() {
    }

    static String undo(String text, BrandNames names) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0 && text.indexOf("://") < 0 && !text.contains("www.")
                && text.indexOf('＠') < 0 && text.indexOf('＃') < 0) {
            return text;
        }
        String plain = LINK.matcher(text).replaceAll(" ");
        plain = RETWEET.matcher(plain).replaceAll(" ");
        plain = HANDLE.matcher(plain).replaceAll(" ");
        Matcher tag = HASHTAG.matcher(plain);
        StringBuilder read = new StringBuilder(plain.length());
        while (tag.find()) {
            String words = names.namesTag(tag.group(1)) ? " "
                    : " " + CAMEL.matcher(tag.group(1)).replaceAll(" ").replace('_', ' ') + " ";
            tag.appendReplacement(read, Matcher.quoteReplacement(words));
        }
        tag.appendTail(read);
        return read.toString();
    }
}
