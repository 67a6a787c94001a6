package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmergingPhrasesTest {

    private final CommentAnalyzers analyzers = new CommentAnalyzers();
    private final Analyzer english = analyzers.forLanguage("en");
    private final PhraseCounter baseline = PhraseCounter.all();
    private final PhraseCounter current = PhraseCounter.all();

    @AfterEach
    void close() {
        analyzers.close();
    }

    /** 400 customers of the baseline, each with one everyday comment. */
    private void steadyBaseline() {
        for (int i = 0; i < 400; i++) {
            baseline.add("B" + i, english, i % 4 == 0 ? "The staff were friendly." : "Delivery was quick.");
        }
    }

    @Test
    void aPlantedPhraseEmergesAsCustomersWroteItWithItsCountAndAScrubbedExample() {
        // given 100 customers this period; 30 wrote the planted phrase in their own sentences
        steadyBaseline();
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, plantedComment(i));
        }

        // when
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 15);
        PhraseExamples examples = examplesOf(found, EmergingPhrasesTest::plantedComment);

        // then the phrase comes out exactly as most wrote it, counted in customers ("missing" too)
        EmergingPhrases.Found top = found.get(0);
        PhraseExamples.Written written = examples.commonest(top.key());
        assertThat(written.surface()).isEqualTo("missed the delivery slot");
        assertThat(top.customers()).isEqualTo(34);
        assertThat(top.share()).isCloseTo(34.0, within(1e-9));
        assertThat(top.baselineShare()).isZero();
        assertThat(written.example()).isEqualTo("I missed the delivery slot, call [phone] or [email].");
        // and no phrase is a stem or words that were never neighbours
        List<String> surfaces = found.stream().map(phrase -> examples.commonest(phrase.key()).surface()).toList();
        assertThat(surfaces).noneMatch(surface -> surface.contains("slot month") || surface.contains("deliveri")
                || surface.contains("miss ") || surface.contains("email") || surface.contains("example"));
        assertThat(found).noneMatch(phrase -> phrase.key().contains("staff") || phrase.key().contains("quick"));
    }

    /** How the 100 customers of this period wrote the found phrases, as the tasklet's third stream reads them. */
    private PhraseExamples examplesOf(List<EmergingPhrases.Found> found, IntFunction<String> comments) {
        PhraseExamples examples = new PhraseExamples(found.stream().map(EmergingPhrases.Found::key)
                .collect(Collectors.toSet()));
        for (int i = 0; i < 100; i++) {
            examples.add("C" + i, english, comments.apply(i));
        }
        return examples;
    }

    /** The planted phrase in 30 customers' own sentences (the first with contact details), "missing" in 4. */
    private static String plantedComment(int customer) {
        List<String> planted = List.of("Third month in a row I missed the delivery slot, again and again.",
                "Missed the delivery slot again and nobody came to the door.",
                "You say I missed the delivery slot but I was in all day.",
                "I missed the delivery slot because the driver was early!");
        return customer == 0 ? "I missed the delivery slot, call 07700 900123 or jo@example.com."
                : customer < 30 ? planted.get(customer % planted.size())
                : customer < 34 ? "Missing the delivery slot is annoying, the van came at noon."
                : customer % 4 == 0 ? "The staff were friendly." : "Delivery was quick.";
    }

    @Test
    void oneCustomerRepeatingAPhraseIsOneVoiceNotATrend() {
        // given one customer who wrote "left a card" in 30 comments, and 4 others who wrote it once
        steadyBaseline();
        for (int i = 0; i < 30; i++) {
            current.add("C-angry", english, "The courier left a card again. Comment number " + i + ".");
        }
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, i < 4 ? "The courier just left a card."
                    : i % 4 == 0 ? "The staff were friendly." : "Delivery was quick.");
        }

        // when
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 15);

        // then five voices are too few, however often one of them repeats it
        assertThat(current.voices("left card")).isEqualTo(5);
        assertThat(found).isEmpty();
    }

    @Test
    void aPhraseInsideOrAroundAStrongerOneIsNotListedAgain() {
        // given 40 customers who wrote "parcel sat at the warrington depot", 12 who wrote only "warrington depot"
        steadyBaseline();
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, i < 40 ? "My parcel sat at the Warrington depot for a week."
                    : i < 52 ? "Something went wrong at the Warrington depot." : "Delivery was quick.");
        }

        // when
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 15);

        // then the strongest phrase stands for the story; none of its words comes back in another
        List<String> keys = found.stream().map(EmergingPhrases.Found::key).toList();
        assertThat(keys.get(0)).isEqualTo("warrington depot");
        assertThat(found.get(0).customers()).isEqualTo(52);
        assertThat(keys.subList(1, keys.size())).isNotEmpty()
                .noneMatch(key -> key.contains("warrington") || key.contains("depot"))
                .doesNotContain("week", "sat warrington", "depot week");
    }

    @Test
    void twoPhrasesMostlyWrittenInOneSentenceAreOneStory() {
        // given 20 customers who wrote one sentence with two new phrases, 12 with another story, and
        // a new name in both stories and others
        steadyBaseline();
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, storyComment(i));
        }
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 30);
        PhraseExamples examples = examplesOf(found, EmergingPhrasesTest::storyComment);

        // when
        List<EmergingPhrases.Found> apart = EmergingPhrases.apart(found, examples::together, 15);

        // then the sentence's story is listed once, the other story and the name too
        assertThat(found.size()).isGreaterThan(apart.size());
        assertThat(apart).extracting(phrase -> examples.commonest(phrase.key()).surface())
                .containsExactlyInAnyOrder("zipway", "courier didn't even knock", "refund never arrived");
    }

    private static String storyComment(int customer) {
        return customer < 20 ? "The Zipway courier didn't even knock, then just left a card."
                : customer < 32 ? "My refund never arrived." : customer < 50 ? "Zipway lost my parcel."
                : customer % 4 == 0 ? "The staff were friendly." : "Delivery was quick.";
    }

    @Test
    void aLongerPhraseStandsForAShorterOneWhenItCarriesMostOfItsCustomers() {
        // given 30 customers who wrote "missed the delivery slot" and 3 who wrote "delivery slot" otherwise
        steadyBaseline();
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, i < 30 ? "I missed the delivery slot." : i < 33 ? "The delivery slot moved."
                    : "Delivery was quick.");
        }

        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 15);

        assertThat(found).extracting(EmergingPhrases.Found::key).containsExactly("miss deliveri slot");
    }

    @Test
    void phrasesAreNeighbouringWordsThatNeitherStartNorEndWithAStopWordNorCrossPunctuation() {
        CustomerPhrases phrases = new CustomerPhrases();
        List<String> surfaces = new java.util.ArrayList<>();

        phrases.read(english, "the courier didn't knock, just left a card", (key, surface) -> surfaces.add(surface));

        assertThat(surfaces).contains("courier", "courier didn't knock", "left a card", "card")
                .doesNotContain("knock just", "knock left", "the courier", "left a", "courier knock");
    }

    @Test
    void oneCustomersEmailAndPhoneRepeatedInManyCommentsIsNoTopic() {
        // given 15 customers this period, each in their own words, who give the same contact details
        steadyBaseline();
        List<String> complaints = List.of("Still waiting for the refund", "Nobody called back",
                "Third time I write", "The parcel was damaged", "Wrong size again");
        for (int i = 0; i < 100; i++) {
            current.add("C" + i, english, i < 15
                    ? complaints.get(i % complaints.size()) + ". Write to sam.ring@example.com or ring 0161 496 0757"
                    : "Delivery was quick.");
        }

        // when
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, 10, 15);

        // then neither the address, the number nor a marker standing for them emerges
        assertThat(found).extracting(EmergingPhrases.Found::key)
                .isNotEmpty()
                .noneMatch(key -> key.contains("example") || key.contains("sam") || key.contains("email")
                        || key.contains("phone") || key.chars().anyMatch(Character::isDigit));
    }

    @Test
    void tooFewCustomersNeverEmerge() {
        for (int i = 0; i < 100; i++) {
            baseline.add("B" + i, english, "Fine");
            current.add("C" + i, english, i < 5 ? "Zebra crossing outside the store" : "Fine");
        }

        assertThat(EmergingPhrases.find(current, baseline, 10, 15)).isEmpty();
    }

    @Test
    void countingKeepsMemoryBoundedAndKeepsAPhraseManyCustomersUse() {
        // given a counter that keeps 50 keys, and 400 customers with words of their own, every tenth
        // of whom also wrote the same phrase
        PhraseCounter bounded = PhraseCounter.all(50);
        for (int i = 0; i < 400; i++) {
            String own = "zz" + Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
                    .collect(Collectors.joining());
            bounded.add("U" + i, english, i % 10 == 0 ? own + " said I missed the delivery slot" : own);
        }

        // then memory stays within the bound, the rare words are gone and the phrase is kept
        assertThat(bounded.counts()).hasSizeLessThanOrEqualTo(50);
        assertThat(bounded.floor()).isPositive();
        assertThat(bounded.voices("miss deliveri slot")).isBetween(40 - 2 * bounded.floor(), 40L);
    }

    @Test
    void gSquaredMatchesAWorkedExample() {
        // 20 of 100 customers now against 0 of 400 before
        double g2 = LogLikelihood.g2(20, 100, 0, 400);
        double expected = 2 * (20 * Math.log(20 / 4.0) + 80 * Math.log(80 / 96.0) + 400 * Math.log(400 / 384.0));

        assertThat(g2).isCloseTo(expected, within(1e-9));
        assertThat(LogLikelihood.emerging(20, 100, 0, 400, 10)).isTrue();
        assertThat(LogLikelihood.emerging(20, 100, 80, 400, 10)).isFalse();
    }
}
