package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingTermsTest {

    @Test
    void aPlantedPhraseEmergesAndSteadyTalkDoesNot() {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            TermCounter baseline = new TermCounter();
            TermCounter current = new TermCounter();
            for (int i = 0; i < 400; i++) {
                baseline.add(analyzers.forLanguage("en"), i % 4 == 0 ? "The staff were friendly" : "Delivery was quick");
            }
            List<String> planted = List.of("The Parcelink courier lost my parcel", "Parcelink never came",
                    "Why do you use Parcelink?");
            for (int i = 0; i < 100; i++) {
                current.add(analyzers.forLanguage("en"), i % 4 == 0 ? "The staff were friendly"
                        : i % 5 == 0 ? planted.get(i % 3) : "Delivery was quick");
            }

            List<EmergingTerms.Found> found = EmergingTerms.find(current, baseline, 10, 15);

            assertThat(found).extracting(EmergingTerms.Found::term).first().isEqualTo("parcelink");
            assertThat(found).extracting(EmergingTerms.Found::term)
                    .noneMatch(term -> term.contains("staff") || term.contains("quick"));
            assertThat(found.get(0).share()).isCloseTo(15.0, within(1e-9));
            assertThat(found.get(0).baselineShare()).isZero();
        }
    }

    @Test
    void oneCustomersEmailAndPhoneRepeatedInManyCommentsIsNoTopic() {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            // given 15 comments this period, each in its own words, that carry the same contact details
            TermCounter baseline = new TermCounter();
            TermCounter current = new TermCounter();
            for (int i = 0; i < 400; i++) {
                baseline.add(analyzers.forLanguage("en"), "Delivery was quick");
            }
            List<String> complaints = List.of("Still waiting for the refund", "Nobody called back",
                    "Third time I write", "The parcel was damaged", "Wrong size again");
            for (int i = 0; i < 100; i++) {
                current.add(analyzers.forLanguage("en"), i < 15
                        ? complaints.get(i % complaints.size()) + ". Write to sam.ring@example.com or ring 0161 496 0757"
                        : "Delivery was quick");
            }

            // when
            List<EmergingTerms.Found> found = EmergingTerms.find(current, baseline, 10, 15);

            // then neither the address, the number nor a marker standing for them emerges
            assertThat(found).extracting(EmergingTerms.Found::term)
                    .isNotEmpty()
                    .noneMatch(term -> term.contains("example") || term.contains("sam") || term.contains("email")
                            || term.contains("phone") || term.chars().anyMatch(Character::isDigit));
        }
    }

    @Test
    void tooFewMentionsNeverEmerge() {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            TermCounter baseline = new TermCounter();
            TermCounter current = new TermCounter();
            for (int i = 0; i < 100; i++) {
                baseline.add(analyzers.forLanguage("en"), "Fine");
                current.add(analyzers.forLanguage("en"), i < 5 ? "Zebra crossing outside the store" : "Fine");
            }

            assertThat(EmergingTerms.find(current, baseline, 10, 15)).isEmpty();
        }
    }

    @Test
    void gSquaredMatchesAWorkedExample() {
        // 20 of 100 comments now against 0 of 400 before
        double g2 = LogLikelihood.g2(20, 100, 0, 400);
        double expected = 2 * (20 * Math.log(20 / 4.0) + 80 * Math.log(80 / 96.0) + 400 * Math.log(400 / 384.0));

        assertThat(g2).isCloseTo(expected, within(1e-9));
        assertThat(LogLikelihood.emerging(20, 100, 0, 400, 10)).isTrue();
        assertThat(LogLikelihood.emerging(20, 100, 80, 400, 10)).isFalse();
    }
}
