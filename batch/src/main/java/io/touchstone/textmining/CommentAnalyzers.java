package io.touchstone.textmining;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Lucene's own analyzers, one per supported comment language (ISO 639-1). A comment is indexed
 * in the field of its language ({@code text_en}, {@code text_fr}, …), so stemming and stop
 * words follow its language; a language without an analyzer here is analysed as English.
 */
public final class CommentAnalyzers implements AutoCloseable {

    static final String DEFAULT_LANGUAGE = "en";
    private static final Map<String, Supplier<Analyzer>> KNOWN = Map.of(
            "en", EnglishAnalyzer::new, "fr", FrenchAnalyzer::new, "de", GermanAnalyzer::new,
            "es", SpanishAnalyzer::new, "it", ItalianAnalyzer::new, "nl", DutchAnalyzer::new,
            "pt", PortugueseAnalyzer::new, "sv", SwedishAnalyzer::new);

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final PerFieldAnalyzerWrapper perField;

    public CommentAnalyzers() {
        Map<String, Analyzer> byField = new HashMap<>();
        KNOWN.forEach((language, analyzer) -> {
            Analyzer created = analyzer.get();
            analyzers.put(language, created);
            byField.put(field(language), created);
        });
        perField = new PerFieldAnalyzerWrapper(analyzers.get(DEFAULT_LANGUAGE), byField);
    }

    public static Set<String> languages() {
        return KNOWN.keySet();
    }

    /** The language a comment is analysed in: its own when supported, else English. */
    public static String languageOf(String language) {
        String code = language == null ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
        return KNOWN.containsKey(code) ? code : DEFAULT_LANGUAGE;
    }

    public static String field(String language) {
        return "text_" + languageOf(language);
    }

    public Analyzer forLanguage(String language) {
        return analyzers.get(languageOf(language));
    }

    /** One analyzer for the index writer, choosing by field name. */
    public Analyzer perField() {
        return perField;
    }

    @Override
    public void close() {
        perField.close();
        analyzers.values().forEach(Analyzer::close);
    }
}
