package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sentiment on social posts: brand names carry no sentiment, and each social convention is read
 * as people mean it (a golden file of posts in, labels out).
 */
class SocialSentimentTest {

    private static final SentimentScorer SCORER = new SentimentScorer(SentimentLexicon.standard());
    private static final BrandNames BRANDS = BrandNames.of(List.of("Lucky", "Best", "United", "Hope", "Virgin Media",
            "Trouble", "Northwind"));

    @Test
    void brandsNamedLikeSentimentWordsAreNeutral() {
        SentimentScorer scorer = SCORER.ignoring(BRANDS);

        SoftAssertions.assertSoftly(soft -> {
            for (String post : List.of("Just flew United to Denver", "Lucky has a new store in town",
                    "Best opens at nine", "Hope is hiring", "Switched my broadband to Virgin Media today",
                    "@united flight UA 99 boarding now", "#VirginMedia engineer visit booked", "Trouble announced prices",
                    "@BestSupport order 123")) {
                soft.assertThat(SentimentScorer.label(scorer.score(post))).as(post).isEqualTo("neutral");
            }
        });
        // what people say about a brand still counts, whatever the brand is called
        assertThat(SentimentScorer.label(scorer.score("United lost my bag and nobody cares"))).isEqualTo("negative");
        assertThat(SentimentScorer.label(scorer.score("Trouble fixed my phone in ten minutes, brilliant")))
                .isEqualTo("positive");
        assertThat(SentimentScorer.label(scorer.score("Lucky, the worst shop in town"))).isEqualTo("negative");
        // without the names, the words are read as words: the reason for the rule
        assertThat(SentimentScorer.label(SCORER.score("Lucky has a new store in town"))).isEqualTo("positive");
        assertThat(SentimentScorer.label(SCORER.score("Trouble announced prices"))).isEqualTo("negative");
    }

    @Test
    void eachSocialConventionIsReadAsMeant() throws IOException {
        List<String[]> golden = golden();

        SoftAssertions.assertSoftly(soft -> {
            for (String[] post : golden) {
                double score = SCORER.ignoring(BRANDS).score(post[0]);
                soft.assertThat(SentimentScorer.label(score)).as("%s (score %.3f)", post[0], score).isEqualTo(post[1]);
            }
        });
        assertThat(golden).hasSizeGreaterThan(20);
    }

    @Test
    void emphasisInWritingStrengthensTheWord() {
        double plain = SCORER.score("The app is good");

        assertThat(SCORER.score("The app is sooooo good")).isGreaterThan(plain);
        assertThat(SCORER.score("The app is GOOD")).isGreaterThan(plain);
        assertThat(SCORER.score("THE APP IS GOOD")).as("a text all in capitals is not emphasis").isEqualTo(plain);
    }

    @Test
    void hashtagsAreReadAsTheirWords() {
        assertThat(SocialConventions.undo("Late again #NeverAgain #worst_service", BrandNames.none()))
                .contains("Never Again").contains("worst service").doesNotContain("#");
        assertThat(SocialConventions.undo("RT @amy: see https://t.co/x via @bob", BrandNames.none()).strip())
                .isEqualTo("see");
        assertThat(SocialConventions.undo("Thanks #VirginMedia", BRANDS).strip()).isEqualTo("Thanks");
    }

    private static List<String[]> golden() throws IOException {
        try (InputStream in = SocialSentimentTest.class.getResourceAsStream("/textmining/social-posts.tsv")) {
            List<String[]> posts = new ArrayList<>();
            Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> posts.add(line.split("\t")));
            return posts;
        }
    }
}
