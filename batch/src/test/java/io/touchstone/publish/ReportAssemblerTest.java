package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.BenchmarkGapRecord;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report model read back from a warehouse filled by hand: what each copy may show, what is
 * blanked, and the own brand's ranks as the database computes them (low base is n < 30).
 */
class ReportAssemblerTest extends WarehouseTest {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.containing(PeriodKind.MONTH,
            LocalDate.of(2026, 10, 31));
    private static final NightlyRun RUN = new NightlyRun(7, LocalDate.of(2026, 10, 31), OCTOBER, null, null);
    private static final Instant NOW = Instant.parse("2026-11-01T06:00:00Z");

    @Autowired
    private ReportAssembler assembler;

    @BeforeEach
    void emptySocialBenchmark() {
        dsl.truncate(SOCIAL_BENCHMARK).execute();
    }

    @Test
    void aSuppressedKpiReachesTheReportWithEveryValueBlank() {
        // given
        kpi("ALL", "ALL", Metric.NPS, 27.4, 400, "ok", "green");
        kpi("Wales", "ALL", Metric.NPS, 55.0, 6, "suppressed", "green");

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        KpiRow wales = report.kpis().stream().filter(row -> row.region().equals("Wales")).findFirst().orElseThrow();
        assertThat(wales.base()).isEqualTo(BaseFlag.SUPPRESSED);
        assertThat(wales.n()).isEqualTo(6);
        assertThat(wales.value()).isNull();
        assertThat(wales.ciLow()).isNull();
        assertThat(wales.ciHigh()).isNull();
        assertThat(wales.priorValue()).isNull();
        assertThat(wales.change()).isNull();
        assertThat(wales.status()).isNull();
        assertThat(wales.lastYearValue()).isNull();
        KpiRow company = report.kpis().get(0);
        assertThat(company.value()).isEqualTo(27.4);
        assertThat(company.status()).isEqualTo(TargetStatus.GREEN);
        assertThat(report.npsHeatmap()).filteredOn(cell -> cell.region().equals("Wales"))
                .singleElement().satisfies(cell -> assertThat(cell.nps()).isNull());
    }

    @Test
    void aRegionsCopyGetsTheCompanyWideRowsAndItsOwnRegionOnly() {
        // given
        kpi("ALL", "ALL", Metric.NPS, 27.4, 400, "ok", null);
        kpi("North West", "ALL", Metric.NPS, 50.0, 120, "ok", null);
        kpi("London", "ALL", Metric.NPS, -100.0, 90, "ok", null);
        kpi("ALL", "delivery", Metric.NPS, 12.0, 200, "ok", null);
        gap("Fabrikam", "North West", 35.0, 600, 50.0, 120L);
        gap("Fabrikam", "London", 35.0, 600, -100.0, 90L);

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW, new ReportSlice(ReportSlice.REGION, "North West"));

        // then
        assertThat(report.kpis()).extracting(KpiRow::region, KpiRow::touchpoint)
                .containsExactly(tuple("ALL", "ALL"), tuple("ALL", "delivery"), tuple("North West", "ALL"));
        assertThat(report.benchmarks()).extracting(BenchmarkRow::region).containsExactly("North West");
        assertThat(report.headlines().get(0).current().value()).isEqualTo(27.4);
        assertThat(report.emergingTopics()).isEmpty();
    }

    @Test
    void theOwnBrandIsRankedAmongCompetitorsWithAnAdequateBaseAndUnrankedWithALowBase() {
        // given: own NPS 30 at company level; Contoso 40 counts, Initech 50 is a low base, INDUSTRY never ranks
        kpi("ALL", "ALL", Metric.NPS, 30.0, 400, "ok", null);
        gap("Contoso", "ALL", 40.0, 500, 30.0, 400L);
        gap("Fabrikam", "ALL", 20.0, 600, 30.0, 400L);
        gap("Initech", "ALL", 50.0, 12, 30.0, 400L);
        gap("INDUSTRY", "ALL", 60.0, 3000, 30.0, 400L);
        // and in North West the own base is low
        gap("Contoso", "North West", 40.0, 500, 30.0, 20L);

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(report.benchmarks()).extracting(BenchmarkRow::region, BenchmarkRow::brand, BenchmarkRow::rank)
                .containsExactly(tuple("ALL", "Contoso", 2), tuple("ALL", "Fabrikam", 2), tuple("ALL", "Initech", 2),
                        tuple("ALL", "INDUSTRY", 2), tuple("North West", "Contoso", null));
    }

    @Test
    void socialRanksCountTheBrandsAheadOfTheOwnBrandWithTiesSharingARank() {
        // given
        social("Northwind", 300, 30.0, 10.0);
        social("Contoso", 500, 50.0, 10.0);
        social("Fabrikam", 200, 20.0, -5.0);

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(report.benchmarks()).extracting(BenchmarkRow::metric, BenchmarkRow::brand, BenchmarkRow::ownValue,
                        BenchmarkRow::rank)
                .containsExactly(tuple(Metric.SOCIAL_VOLUME, "Contoso", 300.0, 2),
                        tuple(Metric.SOCIAL_VOLUME, "Fabrikam", 300.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Contoso", 30.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Fabrikam", 30.0, 2),
                        tuple(Metric.NET_SENTIMENT, "Contoso", 10.0, 1),
                        tuple(Metric.NET_SENTIMENT, "Fabrikam", 10.0, 1));
    }

    @Test
    void aPeriodWithoutDataStillHasEveryHeadlineAndEveryFeed() {
        // given an empty warehouse

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(report.headlines()).extracting(headline -> headline.metric())
                .containsExactly(Metric.NPS, Metric.CSAT, Metric.CES, Metric.RESPONSES, Metric.FCR, Metric.WAIT_P90,
                        Metric.AHT, Metric.LOOP_CLOSED_RATE, Metric.REVENUE_AT_RISK, Metric.REVENUE_PER_NPS_POINT);
        assertThat(report.headlines()).allSatisfy(headline -> assertThat(headline.current().base())
                .isEqualTo(BaseFlag.SUPPRESSED));
        assertThat(report.npsTrend()).hasSize(13).allSatisfy(point -> assertThat(point.value()).isNull());
        assertThat(report.dataQuality()).isNotEmpty().allSatisfy(feed -> assertThat(feed.files()).isZero());
    }

    @Test
    void theMostCommonRejectsAreCountedByRuleSoEightBadDatesBeatTwoOfAnotherKind() {
        // given eight rows whose dates are wrong in eight different ways, and two bad nps values
        long file = ingestFile("responses", 0);
        String dateRule = "responded_at must be an ISO-8601 timestamp with offset (2026-11-20T14:03:00+01:00) or a date"
                + " (2026-11-20)";
        for (int line = 1; line <= 8; line++) {
            reject(file, line, dateRule, dateRule + ", got '2026-13-0" + line + "'");
        }
        reject(file, 9, "nps must be a whole number 0-10", "nps must be a whole number 0-10, got '11'");
        reject(file, 10, "nps must be a whole number 0-10", "nps must be a whole number 0-10, got '12'");

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(responses(report).topRejectReasons()).as("a rule is printed as it is, its example unscrubbed")
                .containsExactly(dateRule + " (8 rows)", "nps must be a whole number 0-10 (2 rows)");
    }

    @Test
    void aRejectWithoutARuleIsListedByItsReasonWithPersonalDataScrubbed() {
        // given a row rejected before rules were recorded: its reason quotes what was typed
        long file = ingestFile("responses", 0);
        reject(file, 1, null, "nps must be a whole number 0-10, got 'jane.doe@example.com'");

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(responses(report).topRejectReasons())
                .containsExactly("nps must be a whole number 0-10, got '[email]' (1 rows)");
    }

    @Test
    void duplicateIdsAreSummedOverTheFilesOfAFeed() {
        // given
        ingestFile("responses", 3);
        ingestFile("responses", 4);

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(responses(report).duplicateIds()).isEqualTo(7);
        assertThat(report.dataQuality()).filteredOn(feed -> !feed.feed().equals("responses"))
                .allSatisfy(feed -> assertThat(feed.duplicateIds()).isZero());
    }

    @Test
    void inboxFilesNoFeedTakesAreNotedWithTheNameToGiveThemOnTheCompanyCopyOnly() {
        // given
        dsl.insertInto(UNCLAIMED_FILE, UNCLAIMED_FILE.RUN_ID, UNCLAIMED_FILE.FILE_NAME, UNCLAIMED_FILE.SIZE_BYTES,
                        UNCLAIMED_FILE.SEEN_AT)
                .values(RUN.runId(), "survey_responses.csv", 2048L, NOW.atOffset(ZoneOffset.UTC))
                .values(RUN.runId(), "notes.txt", 12L, NOW.atOffset(ZoneOffset.UTC))
                .values(RUN.runId() + 1, "another_runs.csv", 1L, NOW.atOffset(ZoneOffset.UTC))
                .execute();

        // when
        CxPeriodReport company = assembler.assemble(RUN, NOW);
        CxPeriodReport wales = assembler.assemble(RUN, NOW, new ReportSlice(ReportSlice.REGION, "Wales"));

        // then
        assertThat(company.notes()).containsExactly(
                "Left in the inbox: notes.txt — no feed takes this name; a feed takes files named responses*.csv,"
                        + " benchmarks*.csv, targets*.csv, posts*.csv, employee*.csv, interactions*.csv, followups*.csv,"
                        + " accounts*.csv.",
                "Left in the inbox: survey_responses.csv — no feed takes this name; rename it to responses*.csv.");
        assertThat(assembler.unclaimed(RUN)).containsExactly(new UnclaimedFile("notes.txt", 12),
                new UnclaimedFile("survey_responses.csv", 2048));
        assertThat(wales.notes()).isEmpty();
    }

    @Test
    void aPeriodWithoutResponsesShowsNoSurveyBenchmarkOfAnotherPeriod() {
        // given a benchmark gap computed for the period from an older benchmark, and no responses
        gap("Fabrikam", "ALL", 35.0, 600, 28.0, 400L);
        social("Northwind", 300, 30.0, 10.0);
        social("Contoso", 500, 50.0, 10.0);

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then
        assertThat(report.hasResponses()).isFalse();
        assertThat(report.benchmarks()).extracting(BenchmarkRow::metric).doesNotContain(Metric.NPS)
                .as("the period's own posts still count").isNotEmpty();
        assertThat(report.headlines()).allSatisfy(headline -> {
            assertThat(headline.industryGap()).isNull();
            assertThat(headline.bestCompetitorGap()).isNull();
        });
    }

    private static FeedQuality responses(CxPeriodReport report) {
        return report.dataQuality().stream().filter(feed -> feed.feed().equals("responses")).findFirst().orElseThrow();
    }

    private long ingestFile(String feed, long duplicateIds) {
        return dsl.insertInto(INGEST_FILE, INGEST_FILE.FEED, INGEST_FILE.FILE_NAME, INGEST_FILE.CONTENT_SHA256,
                        INGEST_FILE.SIZE_BYTES, INGEST_FILE.STATUS, INGEST_FILE.RUN_ID, INGEST_FILE.BUSINESS_DATE,
                        INGEST_FILE.RECEIVED_AT, INGEST_FILE.DUPLICATE_IDS)
                .values(feed, feed + "_" + duplicateIds + ".csv", "sha" + System.nanoTime(), 100L, "loaded", RUN.runId(),
                        RUN.businessDate(), NOW.atOffset(ZoneOffset.UTC), duplicateIds)
                .returning(INGEST_FILE.FILE_ID)
                .fetchOne(INGEST_FILE.FILE_ID);
    }

    private void reject(long file, long line, String rule, String reason) {
        dsl.insertInto(REJECT, REJECT.FILE_ID, REJECT.LINE_NO, REJECT.FEED, REJECT.RAW_LINE, REJECT.RULE, REJECT.REASON)
                .values(file, line, "responses", "R" + line + ",...", rule, reason)
                .execute();
    }

    private void kpi(String region, String touchpoint, Metric metric, double value, long n, String base,
            String status) {
        dsl.executeInsert(new KpiValueRecord()
                .setPeriodKind(OCTOBER.kind().code()).setPeriod(OCTOBER.label())
                .setPeriodStart(OCTOBER.start()).setPeriodEnd(OCTOBER.end())
                .setBrand("Northwind").setRegion(region).setTouchpoint(touchpoint).setMetric(metric.code())
                .setValue(BigDecimal.valueOf(value)).setN(n).setCiLow(BigDecimal.valueOf(value - 5))
                .setCiHigh(BigDecimal.valueOf(value + 5)).setPriorValue(BigDecimal.valueOf(value - 1))
                .setChange(BigDecimal.ONE).setChangeSignificant(false).setTarget(BigDecimal.valueOf(20))
                .setStatus(status).setBase(base).setLastYearValue(BigDecimal.valueOf(value - 2)).setRunId(RUN.runId()));
    }

    private void gap(String brand, String region, double value, int n, double own, long ownN) {
        dsl.executeInsert(new BenchmarkGapRecord()
                .setPeriodKind(OCTOBER.kind().code()).setPeriod(OCTOBER.label()).setBenchmarkPeriod("2026-10")
                .setBrand(brand).setRegion(region).setTouchpoint("ALL").setMetric(Metric.NPS.code())
                .setValue(BigDecimal.valueOf(value)).setN(n).setOwnValue(BigDecimal.valueOf(own)).setOwnN(ownN)
                .setGap(BigDecimal.valueOf(own - value)).setSource("CX Panel").setRunId(RUN.runId()));
    }

    private void social(String brand, long posts, double shareOfVoice, double netSentiment) {
        dsl.executeInsert(new SocialBenchmarkRecord()
                .setPeriodKind(OCTOBER.kind().code()).setPeriod(OCTOBER.label()).setBrand(brand).setPosts(posts)
                .setShareOfVoice(BigDecimal.valueOf(shareOfVoice)).setNetSentiment(BigDecimal.valueOf(netSentiment))
                .setCriticisedThemes("").setRunId(RUN.runId()));
    }
}
