package io.touchstone.textmining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word valences (about −4..4): the VADER lexicon (MIT licence, read from the
 * {@code vader-sentiment-analyzer} artifact), a few customer-service words it lacks, and a
 * user's own overrides — a tab-separated {@code word<TAB>valence} file — that adapt it to a
 * company's vocabulary.
 */
public final class SentimentLexicon {

    private static final String VADER = "vader_sentiment_lexicon.txt";

    /** Service words VADER has no valence for, or the wrong one in this setting. */
    private static final Map<String, Double> SERVICE_WORDS = Map.ofEntries(
            Map.entry("late", -1.3), Map.entry("delayed", -1.4), Map.entry("broken", -1.8),
            Map.entry("faulty", -1.8), Map.entry("missing", -1.2), Map.entry("rude", -2.3),
            Map.entry("unhelpful", -1.9), Map.entry("overcharged", -2.1), Map.entry("crashes", -1.6),
            Map.entry("crashed", -1.6), Map.entry("slow", -1.2), Map.entry("refund", 0.0),
            Map.entry("queue", -0.5), Map.entry("cancelled", -1.2), Map.entry("quick", 1.5),
            Map.entry("quickly", 1.4), Map.entry("tidy", 1.2), Map.entry("smooth", 1.6), Map.entry("early", 0.8),
            Map.entry("recommend", 1.9), Map.entry("disappointing", -2.2), Map.entry("useless", -1.8),
            Map.entry("worst", -3.1), Map.entry("poor", -2.1), Map.entry("lovely", 2.8), Map.entry("fixed", 1.5),
            Map.entry("sorted", 1.4), Map.entry("resolved", 1.6), Map.entry("refunded", 1.2));

    private final Map<String, Double> valences;

    private SentimentLexicon(Map<String, Double> valences) {
        this.valences = valences;
    }

    public static SentimentLexicon standard() {
        return withOverrides(null);
    }

    /** The standard lexicon with a user's {@code word<TAB>valence} lines on top. */
    public static SentimentLexicon withOverrides(Path overrides) {
        Map<String, Double> valences = new HashMap<>(8000);
        try (InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(VADER)) {
            if (in == null) {
                throw new IllegalStateException("The VADER lexicon is missing from the classpath");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), valences);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment lexicon: " + e.getMessage(), e);
        }
        valences.putAll(SERVICE_WORDS);
        if (overrides != null) {
            try (BufferedReader reader = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
                read(reader, valences);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sentiment overrides " + overrides + ": "
                        + e.getMessage(), e);
            }
        }
        return new SentimentLexicon(WordTables.map(valences));
    }

    private static void read(BufferedReader reader, Map<String, Double> valences) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split("\t");
            if (fields.length >= 2 && !line.startsWith("#")) {
                try {
                    valences.put(fields[0].trim().toLowerCase(Locale.ROOT), Double.parseDouble(fields[1].trim()));
                } catch (NumberFormatException e) {
                    throw new IOException("not a valence on line '" + line + "': expected word<TAB>number", e);
                }
            }
        }
    }

    /** The word's valence, 0 when it carries none. */
    public double valence(String word) {
        return valences.getOrDefault(word, 0.0);
    }
}
