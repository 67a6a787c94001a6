package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Golden analysis: what each language's analyzer makes of a comment. */
class CommentAnalyzersTest {

    @Test
    void englishCommentsAreLowerCasedStemmedAndStopWordsDropped() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            assertThat(tokens(analyzers.forLanguage("en"), "The parcels were DELAYED, again!"))
                    .containsExactly("parcel", "were", "delai", "again");
            assertThat(tokens(analyzers.forLanguage("en"), "")).isEmpty();
        }
    }

    @Test
    void eachLanguageHasItsOwnAnalyzerAndUnknownOnesFallBackToEnglish() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            assertThat(tokens(analyzers.forLanguage("fr"), "Les livraisons sont arrivées"))
                    .containsExactly("livraison", "ariv");
            assertThat(CommentAnalyzers.field("FR")).isEqualTo("text_fr");
            assertThat(CommentAnalyzers.field("xx")).isEqualTo("text_en");
            assertThat(CommentAnalyzers.field(null)).isEqualTo("text_en");
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
