package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The quotes that represent one tone (positive or negative) of a theme: short sentences whose
 * sentiment is closest to the tone's typical (mean) sentiment and that match the theme's query
 * best, so a theme's quote sounds like what most people said about it, not the latest outlier.
 *
 * <p>Memory is bounded: sentiment is cut into bands {@value #BAND} wide and each band keeps only
 * its {@value #PER_BAND} best-matching sentences. The band nearest the typical sentiment is known
 * only at the end, and then its best sentences are there.
 */
final class RepresentativeQuotes {

    static final int SHORTEST_QUOTE = 25;
    static final int LONGEST_QUOTE = 180;
    private static final double BAND = 0.1;
    private static final int PER_BAND = 4;

    /**
     * Within a band: the better match first (Lucene's score, which already favours the shorter of
     * two sentences with the same words), then the shorter, then the more recent.
     */
    private static final Comparator<CommentIndex.Mention> BETTER_UNREAD = Comparator
            .comparingDouble(CommentIndex.Mention::score).reversed()
            .thenComparingInt(CommentIndex.Mention::sentenceLength)
            .thenComparing(Comparator.comparingLong(CommentIndex.Mention::at).reversed())
            .thenComparing(CommentIndex.Mention::id);
    /** The same, the text itself deciding last: what needs the sentence read only breaks a full tie. */
    private static final Comparator<CommentIndex.Mention> BETTER = BETTER_UNREAD
            .thenComparing(CommentIndex.Mention::sentence);

    private final TreeMap<Integer, TreeSet<CommentIndex.Mention>> bands = new TreeMap<>();
    private double sentimentSum;
    private long sentences;

    /** Takes one mention of this tone into the typical sentiment, and as a quote when it is short enough. */
    void add(CommentIndex.Mention mention) {
        sentimentSum += mention.sentiment();
        sentences++;
        if (mention.sentenceLength() < SHORTEST_QUOTE || mention.sentenceLength() > LONGEST_QUOTE) {
            return;
        }
        TreeSet<CommentIndex.Mention> full = bands.get(band(mention.sentiment()));
        if (full != null && full.size() >= PER_BAND && BETTER_UNREAD.compare(mention, full.last()) > 0) {
            // A full band keeps the best matches first: this one would go straight out again, unread.
            return;
        }
        // Read now, while the search that found it is open: a kept quote is read later.
        if (mention.sentence() == null) {
            return;
        }
        TreeSet<CommentIndex.Mention> band = bands.computeIfAbsent(band(mention.sentiment()), any -> new TreeSet<>(BETTER));
        band.add(mention);
        if (band.size() > PER_BAND) {
            band.pollLast();
        }
    }

    /**
     * Up to {@code count} quotes, the most representative first, each from a different comment and
     * with personal data removed.
     */
    List<String> quotes(int count) {
        if (sentences == 0) {
            return List.of();
        }
        int typical = band(sentimentSum / sentences);
        List<CommentIndex.Mention> candidates = new ArrayList<>();
        bands.values().forEach(candidates::addAll);
        candidates.sort(Comparator.comparingInt((CommentIndex.Mention mention) ->
                Math.abs(band(mention.sentiment()) - typical)).thenComparing(BETTER));
        List<String> quotes = new ArrayList<>();
        Set<String> comments = new HashSet<>();
        for (CommentIndex.Mention mention : candidates) {
            String quote = PersonalDataScrubber.scrub(mention.sentence());
            if (quotes.size() < count && comments.add(mention.id()) && !quotes.contains(quote)) {
                quotes.add(quote);
            }
        }
        return quotes;
    }

    private static int band(double sentiment) {
        return (int) Math.round(sentiment / BAND);
    }
}
