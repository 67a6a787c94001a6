package io.touchstone.benchmark;

import static io.touchstone.benchmark.OctoberWarehouse.MID_OCTOBER;
import static io.touchstone.benchmark.OctoberWarehouse.MID_SEPTEMBER;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.support.WarehouseTest;
import io.touchstone.textmining.ThemeMiningTasklet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The social benchmark's counts and percentages, worked out by hand on a few posts. */
class SocialBenchmarkTest extends WarehouseTest {

    @Autowired
    private SocialBenchmarkTasklet tasklet;

    @Autowired
    private ThemeMiningTasklet themeMining;

    @Test
    void shareOfVoiceAndNetSentimentAreWorkedOutFromThePeriodsPostsPerBrand() throws Exception {
        // given: 8 October posts — Contoso 2 positive, 3 negative, 1 neutral; Fabrikam 2 positive —
        // and a September one, which does not count
        new OctoberWarehouse(dsl)
                .post("Contoso", MID_OCTOBER, "positive").post("Contoso", MID_OCTOBER, "positive")
                .post("Contoso", MID_OCTOBER, "negative").post("Contoso", MID_OCTOBER, "negative")
                .post("Contoso", MID_OCTOBER, "negative").post("Contoso", MID_OCTOBER, "neutral")
                .post("Fabrikam", MID_OCTOBER, "positive").post("Fabrikam", MID_OCTOBER, "positive")
                .post("Fabrikam", MID_SEPTEMBER, "negative");

        // when
        tasklet.execute(OctoberWarehouse.octoberRun(), null);

        // then: share of voice 100 × 6 / 8 and 100 × 2 / 8; net sentiment 100 × (2 − 3) / 6 and 100 × 2 / 2
        Map<String, SocialBenchmarkRecord> brands = dsl.selectFrom(SOCIAL_BENCHMARK).fetch().stream()
                .collect(Collectors.toMap(SocialBenchmarkRecord::getBrand, row -> row));
        assertThat(brands).containsOnlyKeys("Contoso", "Fabrikam");
        assertThat(brands.get("Contoso").getPosts()).isEqualTo(6L);
        assertThat(brands.get("Contoso").getShareOfVoice()).isEqualByComparingTo("75");
        assertThat(brands.get("Contoso").getNetSentiment()).isEqualByComparingTo("-16.6667");
        assertThat(brands.get("Fabrikam").getPosts()).isEqualTo(2L);
        assertThat(brands.get("Fabrikam").getShareOfVoice()).isEqualByComparingTo("25");
        assertThat(brands.get("Fabrikam").getNetSentiment()).isEqualByComparingTo("100");
    }

    @Test
    void aBrandIsCriticisedForTheThemesOfItsNegativeSentencesNotOfItsNegativePosts() throws Exception {
        // given: two negative sentences about delivery, one in a post that is positive overall,
        // and two negative posts about waiting; counted by negative posts, waiting would lead
        new OctoberWarehouse(dsl)
                .post("Contoso", "The parcel was terrible. The staff were lovely and so helpful.")
                .post("Contoso", "Another terrible parcel.")
                .post("Contoso", "Terrible wait.")
                .post("Contoso", "Terrible wait again.");
        themeMining.execute(OctoberWarehouse.octoberRun(), null);

        // when
        tasklet.execute(OctoberWarehouse.octoberRun(), null);

        // then: two negative sentences each, the tie in theme order; the praised staff are not criticised
        assertThat(dsl.selectFrom(SOCIAL_BENCHMARK).fetchSingle().getCriticisedThemes()).isEqualTo("DELIVERY;WAITING");
    }

    @Test
    void aPeriodWithoutPostsHasNoSocialBenchmark() throws Exception {
        // given: nothing posted

        // when
        tasklet.execute(OctoberWarehouse.octoberRun(), null);

        // then
        assertThat(dsl.fetchCount(SOCIAL_BENCHMARK)).isZero();
    }
}
