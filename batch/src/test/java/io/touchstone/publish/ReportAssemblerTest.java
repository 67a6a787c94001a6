package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

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
import java.util.List;
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
        fourBrandsPosted();

        // when
        CxPeriodReport report = assembler.assemble(RUN, NOW);

        // then the own brand's row first, then each competitor's, per metric; posts rank every brand
        assertThat(report.benchmarks()).extracting(BenchmarkRow::metric, BenchmarkRow::brand, BenchmarkRow::ownValue,
                        BenchmarkRow::rank)
                .containsExactly(tuple(Metric.SOCIAL_VOLUME, "Northwind", 300.0, 2),
                        tuple(Metric.SOCIAL_VOLUME, "Contoso", 300.0, 2),
                        tuple(Metric.SOCIAL_VOLUME, "Fabrikam", 300.0, 2),
                        tuple(Metric.SOCIAL_VOLUME, "Initech", 300.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Northwind", 30.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Contoso", 30.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Fabrikam", 30.0, 2),
                        tuple(Metric.SHARE_OF_VOICE, "Initech", 30.0, 2),
                        // Initech's +50 is a low base: it does not push Northwind's +10 to second place
                        tuple(Metric.NET_SENTIMENT, "Northwind", 10.0, 1),
                        tuple(Metric.NET_SENTIMENT, "Contoso", 10.0, 1),
                        tuple(Metric.NET_SENTIMENT, "Fabrikam", 10.0, 1),
                        tuple(Metric.NET_SENTIMENT, "Initech", 10.0, 1));
    }

    @Test
    void theSocialBenchmarkCarriesEachBrandsIntervalAndTheSignificanceOfItsGap() {
        // given
        fourBrandsPosted();

        // when
        List<BenchmarkRow> rows = assembler.assemble(RUN, NOW).benchmarks();

        // then net sentiment: Northwind p = .30, q = .20, n = 300: SE = 100 √((.5 − .01) / 300) = 4.0415,
        // interval 10 ± 1.96 × 4.0415 = 2.079 .. 17.921
        BenchmarkRow own = row(rows, Metric.NET_SENTIMENT, "Northwind");
        assertThat(own.ciLow()).isCloseTo(2.079, within(0.001));
        assertThat(own.ciHigh()).isCloseTo(17.921, within(0.001));
        assertThat(own.gap()).isNull();
        // Fabrikam p = .20, q = .25, n = 200: SE = 100 √((.45 − .0025) / 200) = 4.7302; gap 10 − (−5) = 15,
        // z = 15 / √(4.0415² + 4.7302²) = 15 / 6.2217 = 2.41 > 1.96: significant
        BenchmarkRow fabrikam = row(rows, Metric.NET_SENTIMENT, "Fabrikam");
        assertThat(fabrikam.gap()).isCloseTo(15.0, within(1e-9));
        assertThat(fabrikam.gapSignificant()).isTrue();
        // Contoso has the same net sentiment: gap 0, not significant
        assertThat(row(rows, Metric.NET_SENTIMENT, "Contoso").gapSignificant()).isFalse();
        // Initech is a low base: greyed, not tested
        BenchmarkRow initech = row(rows, Metric.NET_SENTIMENT, "Initech");
        assertThat(initech.base()).isEqualTo(BaseFlag.LOW);
        assertThat(initech.gapSignificant()).isNull();
        // share of voice: Northwind s = .3 of N = 1,000: SE = 100 √(.3 × .7 / 1000) = 1.4491, 30 ± 2.840
        BenchmarkRow ownVoice = row(rows, Metric.SHARE_OF_VOICE, "Northwind");
        assertThat(ownVoice.ciLow()).isCloseTo(27.160, within(0.001));
        assertThat(ownVoice.ciHigh()).isCloseTo(32.840, within(0.001));
        // against Contoso's .49 of the same posts: SE = 100 √((.3 + .49 − .19²) / 1000) = 2.7457, z = 19 / 2.7457 = 6.9
        assertThat(row(rows, Metric.SHARE_OF_VOICE, "Contoso").gapSignificant()).isTrue();
        // posts are counted, not estimated: no interval, never tested
        BenchmarkRow posts = row(rows, Metric.SOCIAL_VOLUME, "Contoso");
        assertThat(posts.ciLow()).isNull();
        assertThat(posts.gapSignificant()).isNull();
        assertThat(row(rows, Metric.SOCIAL_VOLUME, "Initech").base()).isEqualTo(BaseFlag.OK);
    }

    private static BenchmarkRow row(List<BenchmarkRow> rows, Metric metric, String brand) {
        return rows.stream().filter(row -> row.metric() == metric && row.brand().equals(brand)).findFirst()
                .orElseThrow();
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
        social("Northwind", 300, 90, 60, 800);
        social("Contoso", 500, 150, 100, 800);

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

    /**
     * 1,000 posts: Northwind 300 (net +10), Contoso 490 (net +10), Fabrikam 200 (net −5), and Initech
     * with 10 posts, half positive: a low base (< 30), never tested or ranked.
     */
    private void fourBrandsPosted() {
        social("Northwind", 300, 90, 60, 1000);
        social("Contoso", 490, 147, 98, 1000);
        social("Fabrikam", 200, 40, 50, 1000);
        social("Initech", 10, 5, 0, 1000);
    }

    /** A brand's social benchmark row as the social step stores it, worked out from its counts. */
    private void social(String brand, long posts, long positive, long negative, long allPosts) {
        dsl.executeInsert(new SocialBenchmarkRecord()
                .setPeriodKind(OCTOBER.kind().code()).setPeriod(OCTOBER.label()).setBrand(brand).setPosts(posts)
                .setPositivePosts(positive).setNegativePosts(negative)
                .setShareOfVoice(BigDecimal.valueOf(100.0 * posts / allPosts))
                .setNetSentiment(BigDecimal.valueOf(100.0 * (positive - negative) / posts))
                .setCriticisedThemes("").setRunId(RUN.runId()));
    }
}
