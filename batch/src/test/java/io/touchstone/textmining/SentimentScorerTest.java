package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each rule of the sentiment scorer on a sentence of its own. */
class SentimentScorerTest {

    private static final SentimentScorer SCORER = new SentimentScorer(SentimentLexicon.standard());

    private static double score(String text) {
        return SCORER.score(text);
    }

    @Test
    void praiseIsPositiveAndComplaintsAreNegative() {
        assertThat(SentimentScorer.label(score("The staff were lovely and helpful"))).isEqualTo("positive");
        assertThat(SentimentScorer.label(score("The driver was rude"))).isEqualTo("negative");
        assertThat(SentimentScorer.label(score("I collected the parcel on Tuesday"))).isEqualTo("neutral");
    }

    @Test
    void negationFlipsTheWordsThatFollowIt() {
        assertThat(score("The agent was helpful")).isPositive();
        assertThat(score("The agent was not helpful")).isNegative();
        assertThat(score("The agent wasn't very helpful")).isNegative();
    }

    @Test
    void intensifiersStrengthenAndHedgesSoften() {
        assertThat(score("The service was very good")).isGreaterThan(score("The service was good"));
        assertThat(score("The service was slightly good")).isLessThan(score("The service was good"));
    }

    @Test
    void afterAContrastTheSecondClauseWeighsMore() {
        assertThat(score("The staff were friendly but the delivery was terrible")).isNegative();
        assertThat(score("The delivery was terrible but the staff were friendly")).isPositive();
    }

    @Test
    void complaintCuesWithoutSentimentWordsAreNegative() {
        assertThat(score("Still waiting for my order")).isNegative();
        assertThat(score("Nobody called back")).isNegative();
        assertThat(score("Third time I've called about this")).isNegative();
        assertThat(score("I was on hold for an hour")).isNegative();
    }

    @Test
    void exclamationMarksAddEmphasis() {
        assertThat(score("Great service!!!")).isGreaterThan(score("Great service"));
    }

    @Test
    void scoresStayWithinMinusOneAndOne() {
        String rant = "terrible awful horrible worst disgusting ".repeat(20);
        assertThat(score(rant)).isBetween(-1.0, -0.9);
        assertThat(score("")).isZero();
    }
}
