package io.touchstone.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.textmining.PostCriticism.Criticism;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A brand's most criticised themes: most negative sentences first, at most three, ties in theme order. */
class MostCriticisedThemesTest {

    @Test
    void theThreeThemesWithTheMostNegativeSentencesComeFirstAndTiesGoInThemeOrder() {
        // given
        List<Criticism> criticism = List.of(
                new Criticism("Contoso", "WAITING", 2),
                new Criticism("Contoso", "BILLING_PRICE", 5),
                new Criticism("Contoso", "DELIVERY", 2),
                new Criticism("Contoso", "EASE", 1),
                new Criticism("Fabrikam", "STAFF_ATTITUDE", 1));

        // when
        Map<String, List<String>> criticised = SocialBenchmarkTasklet.mostCriticised(criticism);

        // then
        assertThat(criticised).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Contoso", List.of("BILLING_PRICE", "DELIVERY", "WAITING"),
                "Fabrikam", List.of("STAFF_ATTITUDE")));
    }
}
