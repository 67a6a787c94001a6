package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTallyTest {

    @Test
    void npsImpactIsAllAnswersMinusThoseNotMentioningTheTheme() {
        // 100 answers: 50 promoters, 20 detractors: NPS 30. The theme is mentioned by 10 detractors
        // (two sentences each, counted once) and one comment without an NPS answer.
        ThemeTally tally = ThemeTally.withQuotes();
        for (int i = 0; i < 10; i++) {
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.6, 0, "Late", 1f));
            tally.add(new CommentIndex.Mention("D" + i, (short) 2, -0.2, 0, "Late", 1f));
        }
        tally.add(new CommentIndex.Mention("X", null, 0.0, 0, "", 1f));

        // without the theme: 90 answers, 50 promoters, 10 detractors: NPS 44.44
        assertThat(tally.volume()).isEqualTo(11);
        assertThat(tally.npsImpact(100, 50, 20)).isCloseTo(30 - 100.0 * 40 / 90, within(1e-9));
        assertThat(tally.meanSentiment()).isCloseTo(-0.8 / 2 * 20 / 21, within(1e-9));
    }

    @Test
    void quotesAreVariedInTheThemesToneAndFreeOfPersonalData() {
        ThemeTally tally = ThemeTally.withQuotes();
        tally.add(new CommentIndex.Mention("A", (short) 2, -0.7, 1, "The parcel arrived a week late, call me on 07700 900123", 1f));
        tally.add(new CommentIndex.Mention("B", (short) 3, -0.5, 2, "Courier left my parcel in the rain again", 1f));
        tally.add(new CommentIndex.Mention("B", (short) 3, -0.4, 2, "Also the box was damaged inside, same comment", 1f));
        tally.add(new CommentIndex.Mention("E", (short) 3, -0.4, 0, "Nobody answered at support@example.com either", 1f));
        tally.add(new CommentIndex.Mention("C", (short) 10, 0.6, 3, "The delivery driver was lovely and careful", 1f));
        tally.add(new CommentIndex.Mention("D", (short) 1, -0.6, 4, "Late", 1f));

        // the negative sentences' typical sentiment is -0.52: -0.5 first, then -0.4, then -0.7
        assertThat(tally.quotes(1, 5.0)).containsExactly("The delivery driver was lovely and careful");
        assertThat(tally.quotes(3, -2.0)).containsExactly("Courier left my parcel in the rain again",
                "Nobody answered at [email] either", "The parcel arrived a week late, call me on [phone]");
    }

    @Test
    void theQuoteIsTheTypicalBestMatchingShortSentenceNotTheMostRecentOutburst() {
        // given ten mildly negative mentions of a delivery theme, one an outburst written last, one too long
        ThemeTally tally = ThemeTally.withQuotes();
        for (int i = 0; i < 8; i++) {
            tally.add(new CommentIndex.Mention("T" + i, (short) 5, -0.4, i, "The parcel turned up a day later than promised, number " + i, 2f));
        }
        tally.add(new CommentIndex.Mention("BEST", (short) 5, -0.4, 1, "The parcel came three days late.", 3f));
        tally.add(new CommentIndex.Mention("LONG", (short) 5, -0.4, 2, "The parcel " + "was late and ".repeat(20)
                + "that was that.", 5f));
        tally.add(new CommentIndex.Mention("LATEST", (short) 0, -0.9, 99,
                "Worst delivery ever, absolutely disgusting, never again!", 3.5f));

        // when / then the quote sounds like most of them and matches the theme best
        assertThat(tally.quotes(1, -3.0)).containsExactly("The parcel came three days late.");
        assertThat(tally.quotes(11, -3.0)).last().isEqualTo("Worst delivery ever, absolutely disgusting, never again!");
    }

    @Test
    void aTallyOfCountsOnlyCountsAsAQuotingOneButHasNoQuotes() {
        ThemeTally counts = ThemeTally.countsOnly();
        ThemeTally quoting = ThemeTally.withQuotes();
        for (ThemeTally tally : List.of(counts, quoting)) {
            tally.add(new CommentIndex.Mention("A", (short) 2, -0.7, 1, "The parcel arrived a week late again",
                    1f));
            tally.add(new CommentIndex.Mention("B", (short) 10, 0.6, 2, "The delivery driver was lovely and careful",
                    1f));
        }

        assertThat(counts.volume()).isEqualTo(quoting.volume()).isEqualTo(2);
        assertThat(counts.meanSentiment()).isEqualTo(quoting.meanSentiment());
        assertThat(counts.negativeSentences()).isEqualTo(quoting.negativeSentences()).isEqualTo(1);
        assertThat(quoting.quotes(1, -1.0)).containsExactly("The parcel arrived a week late again");
        assertThatThrownBy(() -> counts.quotes(1, -1.0)).isInstanceOf(IllegalStateException.class);
    }
}
