package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.sql.generated.tables.records.BenchmarkGapRecord;
import io.touchstone.support.WarehouseTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark gaps of the "KPI definitions" section of the README, worked out by hand on
 * October 2026 benchmarks for the own brand Northwind (low base: under 30 answers).
 */
class BenchmarkComparisonTest extends WarehouseTest {

    @Autowired
    private BenchmarkComparisonTasklet tasklet;

    private OctoberWarehouse warehouse;

    @BeforeEach
    void october() {
        warehouse = new OctoberWarehouse(dsl);
    }

    @Test
    void theGapIsTheOwnScoreMinusTheOtherBrandsAndTheIndustrys() throws Exception {
        // given
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 20, 400)
                .benchmark("Fabrikam", "NPS", 41.5, 400)
                .benchmark("INDUSTRY", "NPS", 28, 1000);

        // when
        Map<String, BenchmarkGapRecord> gaps = compare();

        // then
        assertThat(gaps).containsOnlyKeys("Contoso", "Fabrikam", "INDUSTRY");
        assertThat(gaps.get("Contoso").getGap()).isEqualByComparingTo("10");
        assertThat(gaps.get("Fabrikam").getGap()).isEqualByComparingTo("-11.5");
        assertThat(gaps.get("INDUSTRY").getGap()).isEqualByComparingTo("2");
        assertThat(gaps.get("Contoso").getOwnValue()).isEqualByComparingTo("30");
    }

    @Test
    void theVendorsOwnBrandScoreIsPreferredOverTheOwnSurvey() throws Exception {
        // given: the survey says NPS 25 on 40 answers (20 promoters, 10 passives, 10 detractors)
        warehouse.responses(20, 10).responses(10, 8).responses(10, 3)
                .benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 20, 400);

        // when
        BenchmarkGapRecord contoso = compare().get("Contoso");

        // then: like for like, the vendor's own figure
        assertThat(contoso.getOwnValue()).isEqualByComparingTo("30");
        assertThat(contoso.getOwnN()).isEqualTo(400L);
        assertThat(contoso.getGap()).isEqualByComparingTo("10");
    }

    @Test
    void withoutTheVendorsOwnBrandScoreTheOwnSurveyOverTheBenchmarksPeriodStandsIn() throws Exception {
        // given: NPS 25 on 40 answers
        warehouse.responses(20, 10).responses(10, 8).responses(10, 3)
                .benchmark("Contoso", "NPS", 20, 400);

        // when
        BenchmarkGapRecord contoso = compare().get("Contoso");

        // then
        assertThat(contoso.getOwnValue()).isEqualByComparingTo("25");
        assertThat(contoso.getOwnN()).isEqualTo(40L);
        assertThat(contoso.getGap()).isEqualByComparingTo("5");
    }

    @Test
    void theIndustryIsTheVendorsIndustryRowWhenGiven() throws Exception {
        // given
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 20, 100)
                .benchmark("Fabrikam", "NPS", 40, 300)
                .benchmark("INDUSTRY", "NPS", 28, 1000);

        // when
        BenchmarkGapRecord industry = compare().get("INDUSTRY");

        // then
        assertThat(industry.getValue()).isEqualByComparingTo("28");
        assertThat(industry.getN()).isEqualTo(1000);
        assertThat(industry.getSource()).isEqualTo("vendor");
    }

    @Test
    void elseTheIndustryIsTheSampleSizeWeightedMeanOfTheOtherBrands() throws Exception {
        // given: (100 × 20 + 300 × 40) / 400 = 35
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 20, 100)
                .benchmark("Fabrikam", "NPS", 40, 300);

        // when
        BenchmarkGapRecord industry = compare().get("INDUSTRY");

        // then
        assertThat(industry.getValue()).isEqualByComparingTo("35");
        assertThat(industry.getN()).isEqualTo(400);
        assertThat(industry.getGap()).isEqualByComparingTo("-5");
        assertThat(industry.getSource()).isEqualTo("computed: sample-size-weighted mean of 2 brands");
    }

    @Test
    void withASampleSizeMissingTheIndustryIsThePlainMean() throws Exception {
        // given: (20 + 40) / 2 = 30
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 20, null)
                .benchmark("Fabrikam", "NPS", 40, 300);

        // when
        BenchmarkGapRecord industry = compare().get("INDUSTRY");

        // then
        assertThat(industry.getValue()).isEqualByComparingTo("30");
        assertThat(industry.getN()).isNull();
        assertThat(industry.getSource()).isEqualTo("computed: plain mean of 2 brands");
    }

    @Test
    void theRankIsTheOwnBrandsPositionWithLowBasesAndTheIndustryLeftOut() throws Exception {
        // given: only Fabrikam, on a sound base, scores above the own 30
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 45, 20)
                .benchmark("Fabrikam", "NPS", 35, 400)
                .benchmark("Globex", "NPS", 10, 400)
                .benchmark("INDUSTRY", "NPS", 50, 1000);

        // when
        Map<String, BenchmarkGapRecord> gaps = compare();

        // then
        assertThat(gaps.values()).extracting(BenchmarkGapRecord::getRank).containsOnly(2);
    }

    @Test
    void anOwnScoreOnALowBaseIsNotRanked() throws Exception {
        // given: the survey has 12 answers, the vendor no own figure
        warehouse.responses(12, 10).benchmark("Contoso", "NPS", 20, 400);

        // when
        BenchmarkGapRecord contoso = compare().get("Contoso");

        // then
        assertThat(contoso.getOwnValue()).isEqualByComparingTo("100");
        assertThat(contoso.getRank()).isNull();
        assertThat(contoso.getGapSignificant()).isNull();
    }

    @Test
    void aGapIsSignificantBeyondTwiceItsCombinedErrorAndNeverOnALowBase() throws Exception {
        // given: SE(NPS v, n) = 100 × sqrt((1 − (v/100)²) / n), so own 30 on 400 has 4.770;
        // Contoso 10 on 400 has 4.975: 20 / sqrt(4.770² + 4.975²) = 2.90, significant;
        // Fabrikam 26 on 400 has 4.828: 4 / 6.787 = 0.59, chance; Globex has a low base
        warehouse.benchmark("Northwind", "NPS", 30, 400)
                .benchmark("Contoso", "NPS", 10, 400)
                .benchmark("Fabrikam", "NPS", 26, 400)
                .benchmark("Globex", "NPS", 0, 20);

        // when
        Map<String, BenchmarkGapRecord> gaps = compare();

        // then
        assertThat(gaps.get("Contoso").getGapSignificant()).isTrue();
        assertThat(gaps.get("Fabrikam").getGapSignificant()).isFalse();
        assertThat(gaps.get("Globex").getGapSignificant()).isNull();
    }

    @Test
    void withoutABenchmarkTheEarlierGapsOfThePeriodAreRemoved() throws Exception {
        // given
        warehouse.benchmark("Northwind", "NPS", 30, 400).benchmark("Contoso", "NPS", 20, 400);
        compare();
        dsl.deleteFrom(BENCHMARK).execute();

        // when
        Map<String, BenchmarkGapRecord> gaps = compare();

        // then
        assertThat(gaps).isEmpty();
    }

    private Map<String, BenchmarkGapRecord> compare() throws Exception {
        tasklet.execute(OctoberWarehouse.octoberRun(), null);
        return dsl.selectFrom(BENCHMARK_GAP).fetch().stream()
                .collect(Collectors.toMap(BenchmarkGapRecord::getBrand, gap -> gap));
    }
}
