package io.touchstone.kpi;

import static io.touchstone.kpi.ServiceWarehouse.at;
import static io.touchstone.kpi.ServiceWarehouse.octoberRun;
import static io.touchstone.sql.generated.Tables.CHURN_GROUP;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.SERVICE_DRIVER;
import static io.touchstone.sql.generated.Tables.TEAM_KPI_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchstone.reports.model.Metric;
import io.touchstone.sql.generated.tables.records.ChurnGroupRecord;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.sql.generated.tables.records.ServiceDriverRecord;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The operational, loop and money KPIs and the service drivers of the October 2026 monthly run,
 * against values worked out by hand (low base n < 30, suppressed n < 10; as-of 1 November 00:00).
 */
@TestPropertySource(properties = "touchstone.finance.fx-rates.GBP=1.17")
class OperationsKpiTest extends WarehouseTest {

    @Autowired
    private OperationsKpiTasklet tasklet;

    @Autowired
    private OutcomeKpiTasklet outcomes;

    private ServiceWarehouse warehouse;

    @BeforeEach
    void warehouse() {
        warehouse = new ServiceWarehouse(dsl);
    }

    @Test
    void waitPercentilesAreInterpolatedOnAnOddAndAnEvenCount() throws Exception {
        // given North: waits 10, 20, 30, 40, 100 (five); South: 10, 20, 30, 40 (four)
        for (int wait : new int[] {10, 20, 30, 40, 100}) {
            warehouse.store(warehouse.interaction().setWaitSeconds(wait));
        }
        for (int wait : new int[] {10, 20, 30, 40}) {
            warehouse.store(warehouse.interaction().setRegion("South").setWaitSeconds(wait));
        }
        warehouse.store(warehouse.interaction());  // no wait: in no percentile's base

        // when
        tasklet.execute(octoberRun(), null);

        // then North, odd count: P50 is the middle value, 30; P90 sits at position 0.9 × 4 = 3.6
        // of the sorted values: 40 + 0.6 × (100 − 40) = 76
        assertThat(value("North", Metric.WAIT_P50)).isEqualTo(30.0);
        assertThat(value("North", Metric.WAIT_P90)).isEqualTo(76.0);
        assertThat(kpi("North", "Store", Metric.WAIT_P90).getN()).isEqualTo(5);
        // South, even count: P50 = (20 + 30) / 2 = 25; P90 at 0.9 × 3 = 2.7: 30 + 0.7 × 10 = 37
        assertThat(value("South", Metric.WAIT_P50)).isEqualTo(25.0);
        assertThat(value("South", Metric.WAIT_P90)).isEqualTo(37.0);
        // company, nine values 10 10 20 20 30 30 40 40 100: P50 the fifth, 30; P90 at 7.2: 40 + 0.2 × 60 = 52
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P50).getValue()).isEqualByComparingTo("30");
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P90).getValue()).isEqualByComparingTo("52");
        // a percentile has no standard error: no interval
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P90).getSe()).isNull();
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P90).getCiLow()).isNull();
    }

    @Test
    void fcrIsAProportionWithItsIntervalAhtAndServiceLiftAreMeans() throws Exception {
        // given five North interactions:
        //   resolved     true  true  true  false null
        //   handle s     100   200   300   400   500
        //   csat before  2     3     3     1     -
        //   csat after   4     4     3     4     5
        Boolean[] resolved = {true, true, true, false, null};
        Short[] before = {2, 3, 3, 1, null};
        short[] after = {4, 4, 3, 4, 5};
        for (int i = 0; i < 5; i++) {
            warehouse.store(warehouse.interaction().setFirstContactResolved(resolved[i])
                    .setHandleSeconds(100 * (i + 1)).setCsatBefore(before[i]).setCsatAfter(after[i])
                    .setCallbackOffered(i == 0));
        }

        // when
        tasklet.execute(octoberRun(), null);

        // then FCR over the four with an answer: 3 / 4 = 75 %, SE = 100 × sqrt(.75 × .25 / 4) = 21.6506,
        // interval 75 ± 1.96 × 21.6506 = 32.56 .. 117.44, clipped to 100
        KpiValueRecord fcr = kpi("North", "Store", Metric.FCR);
        assertThat(fcr.getN()).isEqualTo(4);
        assertThat(fcr.getValue()).isEqualByComparingTo("75");
        assertThat(fcr.getSe().doubleValue()).isCloseTo(21.6506, within(1e-4));
        assertThat(fcr.getCiLow().doubleValue()).isCloseTo(32.5649, within(1e-3));
        assertThat(fcr.getCiHigh()).isEqualByComparingTo("100");
        assertThat(fcr.getBase()).isEqualTo("suppressed");
        // AHT: mean 300; sample variance (200² + 100² + 0 + 100² + 200²) / 4 = 25 000, SE = 158.114 / sqrt 5 = 70.7107
        KpiValueRecord aht = kpi("North", "Store", Metric.AHT);
        assertThat(aht.getValue()).isEqualByComparingTo("300");
        assertThat(aht.getSe().doubleValue()).isCloseTo(70.7107, within(1e-4));
        // lift over the four with both answers: 2, 1, 0, 3: mean 1.5, variance 5/3, SE = sqrt(5/3) / 2 = 0.6455
        KpiValueRecord lift = kpi("North", "Store", Metric.SERVICE_LIFT);
        assertThat(lift.getN()).isEqualTo(4);
        assertThat(lift.getValue()).isEqualByComparingTo("1.5");
        assertThat(lift.getSe().doubleValue()).isCloseTo(0.6455, within(1e-4));
        // callback offered on 1 of 5
        assertThat(value("North", Metric.CALLBACK_SHARE)).isEqualTo(20.0);
    }

    @Test
    void aChangeIsTestedAndAWaitOverItsTargetIsRedOrAmber() throws Exception {
        // given October: 40 interactions, 30 resolved, waits 100 s, handle times alternating 200 / 400;
        // September: 40 interactions, 20 resolved
        for (int i = 0; i < 40; i++) {
            warehouse.store(warehouse.interaction().setFirstContactResolved(i < 30).setWaitSeconds(100)
                    .setHandleSeconds(i % 2 == 0 ? 200 : 400).setAgentTeam(i < 10 ? "Blue" : "Green"));
            warehouse.store(warehouse.interaction().setOpenedAt(at(9, 15, 12)).setFirstContactResolved(i < 20)
                    .setAgentTeam(i < 10 ? "Blue" : "Green"));
        }
        warehouse.target("WAIT_P90", 60);
        warehouse.target("AHT", 290);
        warehouse.target("FCR", 70);

        // when
        tasklet.execute(octoberRun(), null);

        // then FCR 75 against 50: SE 100 × sqrt(.75 × .25 / 40) = 6.8465 and 100 × sqrt(.25 / 40) = 7.9057;
        // |25| / sqrt(6.8465² + 7.9057²) = 25 / 10.458 = 2.39 > 1.96: significant
        KpiValueRecord fcr = kpi("ALL", "ALL", Metric.FCR);
        assertThat(fcr.getPriorValue()).isEqualByComparingTo("50");
        assertThat(fcr.getChange()).isEqualByComparingTo("25");
        assertThat(fcr.getChangeSignificant()).isTrue();
        assertThat(fcr.getStatus()).isEqualTo("green");
        // the 90th percentile wait, 100 s, is over its 60 s target and has no margin: red
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P90).getStatus()).isEqualTo("red");
        // AHT 300 s over a 290 s target: sd = sqrt(40 × 100² / 39) = 101.27, SE = 16.01, margin 31.38 > 10: amber
        KpiValueRecord aht = kpi("ALL", "ALL", Metric.AHT);
        assertThat(aht.getStatus()).isEqualTo("amber");
        // a percentile is never tested: no standard error
        assertThat(kpi("ALL", "ALL", Metric.WAIT_P90).getChangeSignificant()).isNull();
        // the teams: Green resolved 20 of 30 in October (66.67 %), 10 of 30 in September (33.33 %)
        var green = dsl.selectFrom(TEAM_KPI_VALUE).where(TEAM_KPI_VALUE.AGENT_TEAM.eq("Green"))
                .and(TEAM_KPI_VALUE.PERIOD.eq("2026-10")).and(TEAM_KPI_VALUE.METRIC.eq("FCR")).fetchSingle();
        assertThat(green.getN()).isEqualTo(30);
        assertThat(green.getValue().doubleValue()).isCloseTo(66.6667, within(1e-4));
        assertThat(green.getPriorValue().doubleValue()).isCloseTo(33.3333, within(1e-4));
        assertThat(green.getRegion()).isEqualTo("ALL");
    }

    @Test
    void theLoopIsClosedByAContactWithinTheSlaAndADetractorStillInTimeIsLeftOut() throws Exception {
        // given North detractors and their follow-ups (SLA 48 h, as-of 1 November 00:00)
        String exactly48h = warehouse.response("North", at(10, 10, 12), 3, null);
        warehouse.followup(exactly48h, "contacted", at(10, 12, 12));               // 48 h: closed
        String oneSecondLate = warehouse.response("North", at(10, 10, 12), 4, null);
        warehouse.followup(oneSecondLate, "contacted", at(10, 12, 12).plusSeconds(1)); // 48 h 1 s: not closed
        String never = warehouse.response("North", at(10, 10, 12), 0, null);      // SLA elapsed, no contact
        warehouse.followup(never, "no-action", at(10, 11, 12));
        String stillInTime = warehouse.response("North", at(10, 31, 10), 2, null); // SLA runs to 2 Nov: pending
        String reachedFast = warehouse.response("North", at(10, 31, 10), 6, null);
        warehouse.followup(reachedFast, "contacted", at(10, 31, 12));             // 2 h: closed
        String halfDay = warehouse.response("North", at(10, 20, 12), 5, null);
        warehouse.followup(halfDay, "contacted", at(10, 21, 0));                   // 12 h: closed
        warehouse.followup(halfDay, "contacted", at(10, 22, 0));                   // a second contact: not the first
        String promoter = warehouse.response("North", at(10, 20, 12), 10, null);
        warehouse.followup(promoter, "contacted", at(10, 29, 0));                  // not a detractor
        warehouse.followup("R-never-delivered", "contacted", at(10, 20, 0));      // unmatched

        // when
        tasklet.execute(octoberRun(), null);

        // then base: six detractors less the one still in time = 5; closed 3: 60 %
        KpiValueRecord closed = kpi("North", "Store", Metric.LOOP_CLOSED_RATE);
        assertThat(closed.getN()).isEqualTo(5);
        assertThat(closed.getValue()).isEqualByComparingTo("60");
        // hours to first contact of the four contacted: 2, 12, 48, 48.0003: median (12 + 48) / 2 = 30
        KpiValueRecord time = kpi("North", "Store", Metric.LOOP_TIME_P50);
        assertThat(time.getN()).isEqualTo(4);
        assertThat(time.getValue()).isEqualByComparingTo("30");
        assertThat(time.getSe()).isNull();
    }

    @Test
    void churnRatesLeaveOutAccountsWhoseHorizonIsStillRunningAndRevenueIsConvertedAtItsRate() throws Exception {
        // given (horizon 180 days: complete for responses up to 5 May, as-of 1 November)
        // promoters, responded 1 March: 20 accounts; 2 churned on 1 June, 1 on 1 October (after the
        // horizon, 28 August: not churned within it), 17 active: 16 × EUR 1 000 and 1 × USD 5 000 (no rate)
        for (int i = 0; i < 20; i++) {
            String customer = "P" + i;
            warehouse.response("North", at(3, 1, 12), 10, customer);
            warehouse.account(customer, i == 19 ? 5000 : 1000, i == 19 ? "USD" : "EUR",
                    i < 2 ? at(6, 1, 12) : i == 2 ? at(10, 1, 12) : null);
        }
        // P3 answered as a detractor in January: only the latest response counts
        warehouse.response("North", at(1, 10, 12), 1, "P3");
        // passives, 1 March: 10 accounts, 1 churned on 1 May, 9 active at EUR 2 000
        for (int i = 0; i < 10; i++) {
            warehouse.response("North", at(3, 1, 12), 8, "S" + i);
            warehouse.account("S" + i, 2000, "EUR", i == 0 ? at(5, 1, 12) : null);
        }
        // detractors, 1 March: 10 accounts, 4 churned on 1 April, 6 active: 5 × EUR 10 000, 1 × GBP 10 000
        for (int i = 0; i < 10; i++) {
            warehouse.response("North", at(3, 1, 12), 3, "D" + i);
            warehouse.account("D" + i, 10000, i == 9 ? "GBP" : "EUR", i < 4 ? at(4, 1, 12) : null);
        }
        // detractors, 1 September: horizon still running; one churned already, one active at EUR 10 000
        warehouse.response("North", at(9, 1, 12), 2, "DN0");
        warehouse.account("DN0", 10000, "EUR", at(9, 15, 12));
        warehouse.response("North", at(9, 1, 12), 2, "DN1");
        warehouse.account("DN1", 10000, "EUR", null);

        // when
        tasklet.execute(octoberRun(), null);

        // then promoters 2 / 20 = 10 %, passives 1 / 10 = 10 %, detractors 4 / 10 = 40 % (the two
        // of September in no rate, even the one that churned: it had the longer time to)
        assertThat(value("North", Metric.CHURN_RATE_PROMOTER)).isEqualTo(10.0);
        assertThat(value("North", Metric.CHURN_RATE_PASSIVE)).isEqualTo(10.0);
        KpiValueRecord detractorRate = kpi("North", "Store", Metric.CHURN_RATE_DETRACTOR);
        assertThat(detractorRate.getValue()).isEqualByComparingTo("40");
        // SE = 100 × sqrt(.4 × .6 / 10) = 15.4919
        assertThat(detractorRate.getSe().doubleValue()).isCloseTo(15.4919, within(1e-4));
        assertThat(detractorRate.getBase()).isEqualTo("low");
        ChurnGroupRecord detractors = group("North", "detractor");
        assertThat(detractors.getAccounts()).isEqualTo(10);
        assertThat(detractors.getChurned()).isEqualTo(4);
        assertThat(detractors.getHorizonIncomplete()).isEqualTo(2);
        // active detractors: 5 × 10 000 + 10 000 GBP × 1.17 + DN1's 10 000 = 71 700 in 7 accounts
        assertThat(detractors.getActiveAccounts()).isEqualTo(7);
        assertThat(detractors.getActiveRevenue()).isEqualByComparingTo("71700");
        ChurnGroupRecord promoters = group("North", "promoter");
        assertThat(promoters.getAccounts()).isEqualTo(20);
        assertThat(promoters.getActiveAccounts()).isEqualTo(16);
        assertThat(promoters.getUnconverted()).isEqualTo(1);
        // at risk: 71 700 × (40 − 10) / 100 = 21 510; its base is the smaller rate base, 10: low
        KpiValueRecord atRisk = kpi("North", "Store", Metric.REVENUE_AT_RISK);
        assertThat(atRisk.getValue()).isEqualByComparingTo("21510");
        assertThat(atRisk.getN()).isEqualTo(10);
        // per NPS point: responding active accounts 16 + 9 + 7 = 32, revenue 16 000 + 18 000 + 71 700
        // = 105 700, mean 3 303.125; 32 / 200 × 30 / 100 × 3 303.125 = 158.55
        assertThat(kpi("North", "Store", Metric.REVENUE_PER_NPS_POINT).getValue()).isEqualByComparingTo("158.55");
        assertThat(kpi("ALL", "ALL", Metric.REVENUE_PER_NPS_POINT).getValue()).isEqualByComparingTo("158.55");
    }

    @Test
    void npsByServiceDriverAgainstTheRestWithItsSignificance() throws Exception {
        // given 40 responses whose customer's latest interaction resolved at first contact, waited 59 s:
        // 30 promoters and 10 passives (NPS 75)
        for (int i = 0; i < 40; i++) {
            linked("Y" + i, i < 30 ? 10 : 8, true, 59);
        }
        // one of them called again an hour after responding, unresolved: after the response, so not it
        warehouse.store(warehouse.interaction().setCustomerId("Y0").setOpenedAt(at(10, 20, 13))
                .setFirstContactResolved(false).setWaitSeconds(2000));
        // 40 not resolved: 10 promoters and 10 passives waited exactly 60 s, 20 detractors 900 s (NPS −25)
        for (int i = 0; i < 40; i++) {
            linked("N" + i, i < 10 ? 9 : i < 20 ? 7 : 0, false, i < 20 ? 60 : 900);
        }
        // a detractor whose last interaction is 31 days old: beyond the 30-day lookback, not linked
        warehouse.store(warehouse.interaction().setCustomerId("OLD").setOpenedAt(at(9, 19, 11))
                .setFirstContactResolved(true).setWaitSeconds(10));
        warehouse.response("North", at(10, 20, 12), 0, "OLD");

        // when
        tasklet.execute(octoberRun(), null);

        // then resolved: NPS 75, SE 100 × sqrt((.75 − .75²) / 40) = 6.8465; not resolved: p .25, d .5,
        // NPS −25, SE 100 × sqrt((.75 − .0625) / 40) = 13.1101; gap 100, / sqrt(6.8465² + 13.1101²) = 6.76
        ServiceDriverRecord yes = driver("first_contact_resolved", "yes");
        assertThat(yes.getN()).isEqualTo(40);
        assertThat(yes.getNps()).isEqualByComparingTo("75");
        assertThat(yes.getSe().doubleValue()).isCloseTo(6.8465, within(1e-4));
        assertThat(yes.getRestN()).isEqualTo(40);
        assertThat(yes.getRestNps()).isEqualByComparingTo("-25");
        assertThat(yes.getGap()).isEqualByComparingTo("100");
        assertThat(yes.getGapSignificant()).isTrue();
        assertThat(yes.getBase()).isEqualTo("ok");
        // wait bands: 59 s is under a minute, exactly 60 s is in 1-5 min, exactly 900 s is over 15 min
        assertThat(driver("wait_band", "< 1 min").getN()).isEqualTo(40);
        ServiceDriverRecord oneToFive = driver("wait_band", "1-5 min");
        assertThat(oneToFive.getN()).isEqualTo(20);
        // 10 promoters, 10 passives: NPS 50; the rest are the 40 resolved and the 20 detractors:
        // 30 promoters and 20 detractors of 60: NPS 16.6667; a low base is not tested
        assertThat(oneToFive.getNps()).isEqualByComparingTo("50");
        assertThat(oneToFive.getRestNps().doubleValue()).isCloseTo(16.6667, within(1e-4));
        assertThat(oneToFive.getGap().doubleValue()).isCloseTo(33.3333, within(1e-4));
        assertThat(oneToFive.getGapSignificant()).isNull();
        assertThat(driver("wait_band", "> 15 min").getNps()).isEqualByComparingTo("-100");
        assertThat(dsl.fetchCount(SERVICE_DRIVER, SERVICE_DRIVER.BAND.eq("5-15 min"))).isZero();
    }

    @Test
    void aRerunReplacesItsRowsAndLeavesTheSurveyKpisAlone() throws Exception {
        // given a bit of everything
        for (int i = 0; i < 12; i++) {
            warehouse.store(warehouse.interaction().setCustomerId("C" + i).setWaitSeconds(30 * i)
                    .setFirstContactResolved(i % 3 != 0).setAgentTeam("Blue"));
            String response = warehouse.response("North", at(10, 20, 12), i % 11, "C" + i);
            warehouse.followup(response, "contacted", at(10, 21, 12));
            warehouse.account("C" + i, 1000, "EUR", null);
        }
        outcomes.execute(octoberRun(), null);
        tasklet.execute(octoberRun(), null);
        Result<KpiValueRecord> first = dsl.selectFrom(KPI_VALUE).orderBy(KPI_VALUE.fields()).fetch();
        List<?> firstDrivers = dsl.selectFrom(SERVICE_DRIVER).orderBy(SERVICE_DRIVER.fields()).fetch().intoMaps();
        List<?> firstGroups = dsl.selectFrom(CHURN_GROUP).orderBy(CHURN_GROUP.fields()).fetch().intoMaps();
        List<?> firstTeams = dsl.selectFrom(TEAM_KPI_VALUE).orderBy(TEAM_KPI_VALUE.fields()).fetch().intoMaps();

        // when the steps run again, in either order
        tasklet.execute(octoberRun(), null);
        outcomes.execute(octoberRun(), null);

        // then the same rows, survey and operational alike, none twice
        assertThat(dsl.fetchCount(KPI_VALUE, KPI_VALUE.METRIC.eq("NPS"))).isPositive();
        assertThat(dsl.fetchCount(KPI_VALUE, KPI_VALUE.METRIC.eq("FCR"))).isPositive();
        assertThat(dsl.selectFrom(KPI_VALUE).orderBy(KPI_VALUE.fields()).fetch().intoMaps())
                .isEqualTo(first.intoMaps());
        assertThat(dsl.selectFrom(SERVICE_DRIVER).orderBy(SERVICE_DRIVER.fields()).fetch().intoMaps())
                .isNotEmpty().isEqualTo(firstDrivers);
        assertThat(dsl.selectFrom(CHURN_GROUP).orderBy(CHURN_GROUP.fields()).fetch().intoMaps())
                .isNotEmpty().isEqualTo(firstGroups);
        assertThat(dsl.selectFrom(TEAM_KPI_VALUE).orderBy(TEAM_KPI_VALUE.fields()).fetch().intoMaps())
                .isNotEmpty().isEqualTo(firstTeams);
    }

    @Test
    void waitBandsAreLabelledFromTheirBounds() {
        assertThat(new WaitBands(List.of(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(15)))
                .labels()).containsExactly("< 1 min", "1-5 min", "5-15 min", "> 15 min");
        assertThat(new WaitBands(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2))).labels())
                .containsExactly("< 30 s", "30 s-2 min", "> 2 min");
    }

    /** A response of 20 October by a new customer whose interaction an hour before is as given. */
    private void linked(String customer, int nps, boolean resolved, int waitSeconds) {
        warehouse.store(warehouse.interaction().setCustomerId(customer).setOpenedAt(at(10, 20, 11))
                .setFirstContactResolved(resolved).setWaitSeconds(waitSeconds));
        warehouse.response("North", at(10, 20, 12), nps, customer);
    }

    private KpiValueRecord kpi(String region, String touchpoint, Metric metric) {
        return dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD.eq("2026-10").and(KPI_VALUE.BRAND.eq("Northwind")))
                .and(KPI_VALUE.REGION.eq(region)).and(KPI_VALUE.TOUCHPOINT.eq(touchpoint))
                .and(KPI_VALUE.METRIC.eq(metric.code()))
                .fetchSingle();
    }

    private double value(String region, Metric metric) {
        BigDecimal value = kpi(region, "Store", metric).getValue();
        return value.doubleValue();
    }

    private ChurnGroupRecord group(String region, String group) {
        return dsl.selectFrom(CHURN_GROUP)
                .where(CHURN_GROUP.PERIOD.eq("2026-10").and(CHURN_GROUP.REGION.eq(region)))
                .and(CHURN_GROUP.TOUCHPOINT.eq("Store")).and(CHURN_GROUP.NPS_GROUP.eq(group))
                .fetchSingle();
    }

    private ServiceDriverRecord driver(String driver, String band) {
        return dsl.selectFrom(SERVICE_DRIVER)
                .where(SERVICE_DRIVER.PERIOD.eq("2026-10").and(SERVICE_DRIVER.REGION.eq("North")))
                .and(SERVICE_DRIVER.TOUCHPOINT.eq("Store")).and(SERVICE_DRIVER.DRIVER.eq(driver))
                .and(SERVICE_DRIVER.BAND.eq(band))
                .fetchSingle();
    }
}
