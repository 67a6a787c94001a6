package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThemeTallyTest {

    @Test
    void npsImpactIsAllAnswersMinusThoseNotMentioningTheTheme() {
        // 100 answers: 50 promoters, 20 detractors: NPS 30. The theme is mentioned by 10 detractors
        // (two sentences each, counted once) and one comment without an NPS answer.
        ThemeTally tally = new ThemeTally();
        for (int i = 0; i < 10; i++) {
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.6, 0, "Late"));
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.2, 0, "Late"));
        }
        tally.add(new CommentIndex.Mention("X", null, 0.0, 0, ""));

        // without the theme: 90 answers, 50 promoters, 10 detractors: NPS 44.44
        assertThat(tally.volume()).isEqualTo(11);
        assertThat(tally.npsImpact(100, 50, 20)).isCloseTo(30 - 100.0 * 40 / 90, within(1e-9));
        assertThat(tally.meanSentiment()).isCloseTo(-0.8 / 2 * 20 / 21, within(1e-9));
    }

    @Test
    void quotesAreRecentVariedInTheThemesToneAndFreeOfPersonalData() {
        ThemeTally tally = new ThemeTally();
        tally.add(new CommentIndex.Mention("A", (short) 2, -0.7, 1, "The parcel arrived a week late, call me on 07700 900123"));
        tally.add(new CommentIndex.Mention("B", (short) 3, -0.5, 2, "Courier left my parcel in the rain again"));
        tally.add(new CommentIndex.Mention("B", (short) 3, -0.4, 2, "Also the box was damaged inside, same comment"));
        tally.add(new CommentIndex.Mention("E", (short) 3, -0.4, 0, "Nobody answered at support@example.com either"));
        tally.add(new CommentIndex.Mention("C", (short) 10, 0.6, 3, "The delivery driver was lovely and careful"));
        tally.add(new CommentIndex.Mention("D", (short) 1, -0.6, 4, "Late"));

        assertThat(tally.quotes(1, 5.0)).containsExactly("The delivery driver was lovely and careful");
        assertThat(tally.quotes(3, -2.0)).containsExactly("Courier left my parcel in the rain again",
                "The parcel arrived a week late, call me on [phone]", "Nobody answered at [email] either");
    }
}
