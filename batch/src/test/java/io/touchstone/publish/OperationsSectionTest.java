package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.RevenueRow;
import io.touchstone.reports.model.ServiceDriverRow;
import io.touchstone.reports.model.TrendPoint;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.ChurnGroupRecord;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.sql.generated.tables.records.ServiceDriverRecord;
import io.touchstone.sql.generated.tables.records.TeamKpiValueRecord;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations report of each copy, read back from rows the operations KPI step would have
 * stored: a slice's copy holds the company rows and its own, never another slice's.
 */
class OperationsSectionTest extends WarehouseTest {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.containing(PeriodKind.MONTH,
            LocalDate.of(2026, 10, 31));
    private static final NightlyRun RUN = new NightlyRun(7, LocalDate.of(2026, 10, 31), OCTOBER, null, null);
    private static final Instant NOW = Instant.parse("2026-11-01T06:00:00Z");

    @Autowired
    private ReportAssembler assembler;

    @BeforeEach
    void storedByTheOperationsStep() {
        for (String[] scope : new String[][] {{"ALL", "ALL"}, {"North", "ALL"}, {"South", "ALL"}, {"North", "Store"},
                {"South", "Store"}, {"ALL", "Store"}}) {
            String region = scope[0];
            String touchpoint = scope[1];
            double churnGap = region.equals("South") ? 10 : 30;
            kpi(OCTOBER, region, touchpoint, Metric.CHURN_RATE_PROMOTER, 10, 200);
            kpi(OCTOBER, region, touchpoint, Metric.CHURN_RATE_DETRACTOR, 10 + churnGap, 100);
            kpi(OCTOBER, region, touchpoint, Metric.REVENUE_AT_RISK, 1000 * churnGap, 100);
            kpi(OCTOBER, region, touchpoint, Metric.REVENUE_PER_NPS_POINT, 50, 100);
            kpi(OCTOBER, region, touchpoint, Metric.FCR, 70, 500);
            group(region, touchpoint, "promoter", 200, 20, 5, 180, 180_000);
            group(region, touchpoint, "detractor", 100, 10 + (int) churnGap, 3, 60, 100_000);
            driver(region, touchpoint, "first_contact_resolved", "yes", 0);
            driver(region, touchpoint, "first_contact_resolved", "no", 1);
        }
        for (ReportingPeriod period : new ReportingPeriod[] {OCTOBER, OCTOBER.prior()}) {
            kpi(period, "ALL", "ALL", Metric.LOOP_CLOSED_RATE, 80, 50);
            kpi(period, "North", "ALL", Metric.LOOP_CLOSED_RATE, 60, 40);
            kpi(period, "South", "ALL", Metric.LOOP_CLOSED_RATE, 95, 40);
        }
        dsl.executeInsert(new TeamKpiValueRecord().setPeriodKind("month").setPeriod("2026-10")
                .setPeriodStart(OCTOBER.start()).setPeriodEnd(OCTOBER.end()).setAgentTeam("Blue").setBrand("Northwind")
                .setRegion("ALL").setTouchpoint("ALL").setMetric("AHT").setN(300L).setValue(BigDecimal.valueOf(312))
                .setBase("ok").setRunId(7L));
        long file = dsl.insertInto(INGEST_FILE).set(INGEST_FILE.FEED, "followups").set(INGEST_FILE.FILE_NAME, "f.csv")
                .set(INGEST_FILE.CONTENT_SHA256, "0".repeat(64)).set(INGEST_FILE.SIZE_BYTES, 1L)
                .set(INGEST_FILE.STATUS, "loaded").set(INGEST_FILE.RUN_ID, 7L)
                .set(INGEST_FILE.BUSINESS_DATE, RUN.businessDate()).set(INGEST_FILE.RECEIVED_AT, OffsetDateTime.now())
                .returning(INGEST_FILE.FILE_ID).fetchSingle(INGEST_FILE.FILE_ID);
        dsl.insertInto(FOLLOWUP).set(FOLLOWUP.RESPONSE_ID, "R-not-yet-delivered").set(FOLLOWUP.ACTION, "contacted")
                .set(FOLLOWUP.ACTION_AT, OffsetDateTime.of(2026, 10, 20, 0, 0, 0, 0, ZoneOffset.UTC))
                .set(FOLLOWUP.FILE_ID, file).set(FOLLOWUP.LINE_NO, 1L).execute();
    }

    @Test
    void aRegionsCopyHoldsTheCompanyRowsAndItsOwnOnly() {
        // when
        CxPeriodReport north = assembler.assemble(RUN, NOW, new ReportSlice(ReportSlice.REGION, "North"));

        // then
        OperationsReport operations = north.operations();
        assertThat(operations.serviceDrivers()).extracting(ServiceDriverRow::region).containsOnly("ALL", "North")
                .contains("ALL", "North");
        assertThat(operations.churnGroups()).extracting(ChurnGroupRow::region, ChurnGroupRow::touchpoint,
                        ChurnGroupRow::group)
                .containsExactly(tuple("ALL", "ALL", "promoter"), tuple("ALL", "ALL", "detractor"),
                        tuple("ALL", "Store", "promoter"), tuple("ALL", "Store", "detractor"),
                        tuple("North", "ALL", "promoter"), tuple("North", "ALL", "detractor"),
                        tuple("North", "Store", "promoter"), tuple("North", "Store", "detractor"));
        ChurnGroupRow northDetractors = operations.churnGroups().get(7);
        assertThat(northDetractors.rate()).isEqualTo(40.0);
        assertThat(northDetractors.horizonIncomplete()).isEqualTo(3);
        assertThat(northDetractors.activeRevenue()).isEqualTo(100_000.0);
        RevenueRow northRevenue = operations.revenue().stream()
                .filter(row -> row.region().equals("North") && row.touchpoint().equals("Store")).findFirst().orElseThrow();
        // the gap 40 − 10 = 30 points; 60 + 180 responding active accounts with 280 000: mean 1 166.67
        assertThat(northRevenue.churnGap()).isEqualTo(30.0);
        assertThat(northRevenue.revenueAtRisk()).isEqualTo(30_000.0);
        assertThat(northRevenue.detractorActiveAccounts()).isEqualTo(60);
        assertThat(northRevenue.respondingAccounts()).isEqualTo(240);
        assertThat(northRevenue.meanRevenue()).isEqualTo(280_000.0 / 240);
        assertThat(operations.revenue()).extracting(RevenueRow::region).doesNotContain("South");
        // the loop's trend is the region's own, oldest first, gaps kept
        assertThat(operations.loopClosureTrend()).hasSize(13);
        assertThat(operations.loopClosureTrend().subList(11, 13)).extracting(TrendPoint::period, TrendPoint::value)
                .containsExactly(tuple("2026-09", 60.0), tuple("2026-10", 60.0));
        assertThat(operations.loopClosureTrend().get(0).value()).isNull();
        // the teams are company-wide rows; unmatched follow-ups have no region: the company's only
        assertThat(operations.teamKpis()).singleElement().satisfies(team -> {
            assertThat(team.agentTeam()).isEqualTo("Blue");
            assertThat(team.kpi().value()).isEqualTo(312.0);
        });
        assertThat(operations.unmatchedFollowups()).isZero();
        assertThat(north.kpis()).extracting(KpiRow::region).doesNotContain("South");
    }

    @Test
    void theCompanyCopyHoldsEveryScopeTheHeadlinesAndTheSettingsTheFiguresWereTakenWith() {
        // when
        CxPeriodReport company = assembler.assemble(RUN, NOW);

        // then
        OperationsReport operations = company.operations();
        assertThat(operations.churnGroups()).extracting(ChurnGroupRow::region).contains("South");
        assertThat(operations.serviceDrivers()).hasSize(12);
        assertThat(operations.loopClosureTrend().get(12).value()).isEqualTo(80.0);
        assertThat(operations.unmatchedFollowups()).isEqualTo(1);
        assertThat(operations.currency()).isEqualTo("EUR");
        assertThat(operations.churnHorizonDays()).isEqualTo(180);
        assertThat(operations.loopSlaHours()).isEqualTo(48);
        assertThat(company.headlines()).filteredOn(headline -> headline.metric() == Metric.REVENUE_AT_RISK)
                .singleElement().extracting(HeadlineKpi::current).extracting(KpiRow::value).isEqualTo(30_000.0);
        assertThat(company.headlines()).filteredOn(headline -> headline.metric() == Metric.FCR)
                .singleElement().extracting(HeadlineKpi::current).extracting(KpiRow::value).isEqualTo(70.0);
        // the new metrics are rows of the KPIs sheet like every other
        assertThat(company.kpis()).extracting(KpiRow::metric).contains(Metric.FCR, Metric.CHURN_RATE_DETRACTOR,
                Metric.REVENUE_PER_NPS_POINT, Metric.LOOP_CLOSED_RATE);
    }

    private void kpi(ReportingPeriod period, String region, String touchpoint, Metric metric, double value, long n) {
        dsl.executeInsert(new KpiValueRecord()
                .setPeriodKind(period.kind().code()).setPeriod(period.label())
                .setPeriodStart(period.start()).setPeriodEnd(period.end())
                .setBrand("Northwind").setRegion(region).setTouchpoint(touchpoint).setMetric(metric.code())
                .setValue(BigDecimal.valueOf(value)).setN(n).setBase("ok").setRunId(RUN.runId()));
    }

    private void group(String region, String touchpoint, String group, long accounts, long churned, long incomplete,
            long active, double revenue) {
        dsl.executeInsert(new ChurnGroupRecord().setPeriodKind("month").setPeriod("2026-10").setRegion(region)
                .setTouchpoint(touchpoint).setNpsGroup(group).setAccounts(accounts).setChurned(churned)
                .setHorizonIncomplete(incomplete).setActiveAccounts(active).setActiveRevenue(BigDecimal.valueOf(revenue))
                .setUnconverted(0L).setRunId(7L));
    }

    private void driver(String region, String touchpoint, String driver, String band, int order) {
        dsl.executeInsert(new ServiceDriverRecord().setPeriodKind("month").setPeriod("2026-10").setRegion(region)
                .setTouchpoint(touchpoint).setDriver(driver).setBand(band).setBandOrder(order).setN(40L)
                .setNps(BigDecimal.valueOf(order == 0 ? 60 : 10)).setRestN(40L).setRestNps(BigDecimal.TEN)
                .setGap(BigDecimal.valueOf(50)).setGapSignificant(true).setBase(BaseFlag.OK.code()).setRunId(7L));
    }
}
