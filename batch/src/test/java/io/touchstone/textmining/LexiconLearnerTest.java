package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconLearnerTest {

    @Test
    void wordsTheLexiconLacksLearnTheirSideFromTheSample() {
        List<LabelledSample> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            samples.add(new LabelledSample("Parcelink lost it again, the parcel is great", "negative", Set.of()));
            samples.add(new LabelledSample("Speedyship brought it, the parcel is great", "positive", Set.of()));
        }

        Map<String, Double> learned = new LexiconLearner(5, SentimentLexicon.standard()).learn(samples);

        assertThat(learned.get("parcelink")).isNegative();
        assertThat(learned.get("speedyship")).isPositive();
        assertThat(learned).doesNotContainKey("parcel").doesNotContainKey("great");
    }

    @Test
    void themesAreMeasuredAgainstAspectLabels() {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            ThemeTaxonomy taxonomy = ThemeTaxonomy.parse("""
                    categories:
                      - name: Restaurant
                        themes:
                          - {code: SERVICE, label: Service, query: 'waiter* OR servic*'}
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test", analyzers);
            ThemeEvaluation evaluation = new ThemeEvaluation(taxonomy, analyzers);
            evaluation.add("The waiter was rude", Set.of("service"));
            evaluation.add("Slow service and cold food", Set.of("food"));
            evaluation.add("Nobody came to our table", Set.of("service"));

            // one hit, one false alarm, one miss: precision 0.5, recall 0.5
            assertThat(evaluation.table()).contains("SERVICE              0.500     0.500     0.500");
        }
    }
}
