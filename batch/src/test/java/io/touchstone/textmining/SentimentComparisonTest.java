package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.cli.TouchstoneCommand;
import io.touchstone.support.DomainCompany;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code touchstone eval}'s three columns: the lexicon alone, Touchstone, and Touchstone blended
 * with what a rated file's own ratings teach, measured on the texts held out of that learning.
 */
class SentimentComparisonTest {

    @TempDir
    Path folder;

    @Test
    void onARatedFileTheBlendedColumnLearnsFromEightyPercentAndIsMeasuredWithTheOthersOnTheRest() throws IOException {
        // given 600 reviews in words of their own, rated 5 or 1
        List<LabelledSample> samples = LabelledFiles.read(reviews(600));
        long heldOut = samples.stream().filter(sample -> new HeldOut(0.2).contains(sample.text())).count();

        // when
        SentimentComparison comparison = SentimentComparison.of(samples, SentimentLexicon.withOverrides(null), 0.2,
                0.5);

        // then all three are measured on the same held-out texts, and learning what the words mean pays
        assertThat(comparison.blended().total()).isEqualTo(heldOut).isEqualTo(comparison.touchstone().total())
                .isEqualTo(comparison.lexicon().total());
        assertThat(comparison.trainedOn()).isEqualTo(samples.size() - heldOut);
        assertThat(comparison.blended().accuracy()).isGreaterThan(0.9)
                .isGreaterThan(comparison.touchstone().accuracy() + 0.3);
    }

    @Test
    void aFileWithoutRatingsHasNoBlendedColumnAndIsMeasuredOnEveryText() throws IOException, URISyntaxException {
        // given
        List<LabelledSample> samples = LabelledFiles.read(sentences());

        // when
        SentimentComparison comparison = SentimentComparison.of(samples, SentimentLexicon.withOverrides(null), 0.2,
                0.5);

        // then
        assertThat(comparison.blended()).isNull();
        assertThat(comparison.touchstone().total()).isEqualTo(samples.size());
    }

    @Test
    void theEvalCommandPrintsTheThreeColumnsSideBySide() throws IOException, URISyntaxException {
        // when
        StringWriter out = new StringWriter();
        int status = TouchstoneCommand.execute(new String[] {"eval", "--labelled", reviews(600).toString(),
                "--labelled", sentences().toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        // then
        assertThat(status).isZero();
        String printed = out.toString();
        assertThat(printed).contains("lexicon alone", "Touchstone", "blended (learned)");
        String rated = printed.lines().filter(line -> line.startsWith("reviews.csv *")).findFirst().orElseThrow();
        assertThat(rated.split("%")).hasSize(4);
        String plain = printed.lines().filter(line -> line.startsWith("sentences.txt")).findFirst().orElseThrow();
        assertThat(plain).contains("100.0%").endsWith("—        —");
        assertThat(printed).contains("all three columns are measured on the other 20 % only")
                .contains("reviews.csv, blended, learned from").contains("sentences.txt, lexicon alone");
    }

    private Path reviews(int count) throws IOException {
        Random random = new Random(1);
        StringBuilder csv = new StringBuilder("text,rating\n");
        for (int i = 0; i < count; i++) {
            boolean positive = i % 2 == 0;
            csv.append(DomainCompany.comment(random, positive)).append(',').append(positive ? 5 : 1).append('\n');
        }
        Path file = folder.resolve("reviews.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static Path sentences() throws URISyntaxException {
        return Path.of(SentimentComparisonTest.class.getClassLoader().getResource("fixtures/labelled/sentences.txt")
                .toURI());
    }
}
