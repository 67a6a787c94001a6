package io.touchstone.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.TargetStatus;
import org.junit.jupiter.api.Test;

/** The README's "KPI definitions", checked against values worked out by hand. */
class OutcomeMetricArithmeticTest {

    @Test
    void npsIsPromotersMinusDetractorsWithItsStandardErrorAndInterval() {
        // 50 answers: 25 promoters (p = .5), 15 passives, 10 detractors (d = .2)
        KpiEstimate nps = NpsCalculator.estimate(50, 25, 10);

        assertThat(nps.value()).isCloseTo(30.0, within(1e-9));
        // SE = 100 × sqrt((.5 + .2 − .3²) / 50) = 100 × sqrt(.0122) = 11.0454
        assertThat(nps.se()).isCloseTo(11.0454, within(1e-4));
        assertThat(nps.ciLow()).isCloseTo(30 - 1.96 * 11.0454, within(1e-3));
        assertThat(nps.ciHigh()).isCloseTo(30 + 1.96 * 11.0454, within(1e-3));
    }

    @Test
    void npsIntervalIsClippedToItsRange() {
        // 12 answers, all promoters: NPS 100 and no spread
        KpiEstimate allPromoters = NpsCalculator.estimate(12, 12, 0);
        // 12 answers, 11 detractors and 1 promoter: interval would run below −100
        KpiEstimate nearlyAllDetractors = NpsCalculator.estimate(12, 1, 11);

        assertThat(allPromoters.ciHigh()).isEqualTo(100.0);
        assertThat(nearlyAllDetractors.ciLow()).isEqualTo(-100.0);
    }

    @Test
    void csatIsTheTopTwoBoxShare() {
        // 40 answers, 30 of them 4 or 5: q = .75, SE = 100 × sqrt(.75 × .25 / 40) = 6.8465
        KpiEstimate csat = CsatCalculator.estimate(40, 30);

        assertThat(csat.value()).isCloseTo(75.0, within(1e-9));
        assertThat(csat.se()).isCloseTo(6.8465, within(1e-4));
    }

    @Test
    void cesIsTheMeanWithTheSampleStandardErrorOfTheMean() {
        // answers 7, 6, 5, 4: mean 5.5, sample variance 5/3, SE = sqrt(5/3) / 2 = 0.6455
        KpiEstimate ces = CesCalculator.estimate(4, 7 + 6 + 5 + 4, 49 + 36 + 25 + 16);

        assertThat(ces.value()).isCloseTo(5.5, within(1e-9));
        assertThat(ces.se()).isCloseTo(0.6455, within(1e-4));
    }

    @Test
    void noAnswersMeansNoValue() {
        assertThat(NpsCalculator.estimate(0, 0, 0).value()).isNull();
        assertThat(CsatCalculator.estimate(0, 0).value()).isNull();
        assertThat(CesCalculator.estimate(0, 0, 0).value()).isNull();
    }

    @Test
    void aChangeIsSignificantWhenItExceedsTwiceItsCombinedError() {
        // |30 − 20| / sqrt(5² + 4²) = 10 / 6.40 = 1.56: chance
        assertThat(ChangeSignificance.isSignificant(30.0, 5.0, 20.0, 4.0)).isFalse();
        // |30 − 15| / 6.40 = 2.34: significant
        assertThat(ChangeSignificance.isSignificant(30.0, 5.0, 15.0, 4.0)).isTrue();
        // a side without a standard error (no sample size) is not tested
        assertThat(ChangeSignificance.isSignificant(30.0, 5.0, 15.0, null)).isNull();
    }

    @Test
    void lowAndSuppressedBasesFollowTheirThresholds() {
        BaseRule rule = new BaseRule(30, 10);

        assertThat(rule.classify(9)).isEqualTo(BaseFlag.SUPPRESSED);
        assertThat(rule.classify(10)).isEqualTo(BaseFlag.LOW);
        assertThat(rule.classify(29)).isEqualTo(BaseFlag.LOW);
        assertThat(rule.classify(30)).isEqualTo(BaseFlag.OK);
    }

    @Test
    void statusIsGreenWhenMetAmberWithinTheMarginRedBeyondIt() {
        assertThat(TargetStatusRule.statusOf(31.0, 3.0, 30.0)).isEqualTo(TargetStatus.GREEN);
        assertThat(TargetStatusRule.statusOf(30.0, 3.0, 30.0)).isEqualTo(TargetStatus.GREEN);
        assertThat(TargetStatusRule.statusOf(28.0, 3.0, 30.0)).isEqualTo(TargetStatus.AMBER);
        assertThat(TargetStatusRule.statusOf(25.0, 3.0, 30.0)).isEqualTo(TargetStatus.RED);
        assertThat(TargetStatusRule.statusOf(25.0, 3.0, null)).isNull();
    }
}
