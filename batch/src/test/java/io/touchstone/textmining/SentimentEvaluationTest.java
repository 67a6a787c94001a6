package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchstone.cli.TouchstoneCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

    @Test
    void labelledFilesAreReadInEachFormat() throws Exception {
        assertThat(LabelledFiles.read(fixture("sentences.txt"))).extracting(LabelledSample::label)
                .containsExactly("positive", "negative", "negative", "positive");
        List<LabelledSample> aspects = LabelledFiles.read(fixture("aspects.xml"));
        assertThat(aspects).extracting(LabelledSample::label).containsExactly("negative", "positive");
        assertThat(aspects.get(1).categories()).isEqualTo(Set.of("food", "service"));
        assertThat(LabelledFiles.read(fixture("reviews.csv"))).extracting(LabelledSample::label)
                .containsExactly("negative", "neutral", "positive");
    }

    @Test
    void accuracyMacroF1AndConfusionAreCountedByHand() {
        SentimentEvaluation evaluation = new SentimentEvaluation();
        evaluation.add("positive", "positive");
        evaluation.add("positive", "neutral");
        evaluation.add("negative", "negative");
        evaluation.add("negative", "positive");

        assertThat(evaluation.accuracy()).isEqualTo(0.5);
        // negative: P 1/1, R 1/2, F1 2/3; positive: P 1/2, R 1/2, F1 1/2
        assertThat(evaluation.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-9));
        assertThat(evaluation.confusionMatrix()).contains("negative                 1         0         1");
    }

    @Test
    void theEvalCommandPrintsATableWithoutADatabase() throws Exception {
        StringWriter out = new StringWriter();
        int status = TouchstoneCommand.execute(new String[] {"eval", "--labelled", fixture("sentences.txt").toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(status).isZero();
        assertThat(out.toString()).contains("sentences.txt").contains("100.0%").contains("gold \\ predicted");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SentimentEvaluationTest.class.getClassLoader().getResource("fixtures/labelled/" + name).toURI());
    }
}
