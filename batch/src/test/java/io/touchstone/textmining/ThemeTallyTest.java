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
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.6, 0));
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.2, 0));
        }
        tally.add(new CommentIndex.Mention("X", null, 0.0, 0));

        // without the theme: 90 answers, 50 promoters, 10 detractors: NPS 44.44
        assertThat(tally.volume()).isEqualTo(11);
        assertThat(tally.npsImpact(100, 50, 20)).isCloseTo(30 - 100.0 * 40 / 90, within(1e-9));
        assertThat(tally.meanSentiment()).isCloseTo(-0.8 / 2 * 20 / 21, within(1e-9));
    }
}
