package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.support.FixtureFile;
import io.touchstone.textmining.TextFeeds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Rows for the October 2026 monthly run, written straight into the warehouse so a test states
 * only the numbers it is about; every row comes from one delivered file.
 */
final class OctoberWarehouse {

    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    static final OffsetDateTime MID_OCTOBER = OffsetDateTime.of(2026, 10, 15, 12, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime MID_SEPTEMBER = MID_OCTOBER.minusMonths(1);

    private final DSLContext dsl;
    private final long fileId;
    private long line;

    OctoberWarehouse(DSLContext dsl) {
        this.dsl = dsl;
        // WarehouseTest empties the fed tables only; what mining stored for an earlier test stays.
        dsl.deleteFrom(COMMENT_MINING).execute();
        dsl.deleteFrom(SOCIAL_BENCHMARK).execute();
        this.fileId = FixtureFile.register(dsl, "benchmarks", BUSINESS_DATE, MID_OCTOBER);
    }

    /** The contribution of a step of the October monthly run. */
    static StepContribution octoberRun() {
        return new StepContribution(MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(BUSINESS_DATE,
                PeriodKind.MONTH, FiscalCalendar.DEFAULT, Path.of(""), Path.of("inbox"), Path.of("out"), LocalDateTime.now())));
    }

    /** A vendor's October score for one brand, company-wide; {@code sampleSize} may be null. */
    OctoberWarehouse benchmark(String brand, String metric, double value, Integer sampleSize) {
        dsl.insertInto(BENCHMARK)
                .set(BENCHMARK.PERIOD, "2026-10")
                .set(BENCHMARK.PERIOD_START, LocalDate.of(2026, 10, 1))
                .set(BENCHMARK.PERIOD_END, LocalDate.of(2026, 10, 31))
                .set(BENCHMARK.BRAND, brand)
                .set(BENCHMARK.REGION, "ALL")
                .set(BENCHMARK.TOUCHPOINT, "ALL")
                .set(BENCHMARK.METRIC, metric)
                .set(BENCHMARK.VALUE, BigDecimal.valueOf(value))
                .set(BENCHMARK.SAMPLE_SIZE, sampleSize)
                .set(BENCHMARK.SOURCE, "vendor")
                .set(BENCHMARK.FILE_ID, fileId)
                .set(BENCHMARK.LINE_NO, ++line)
                .execute();
        return this;
    }

    /** {@code count} October survey answers of the own brand with the same NPS answer. */
    OctoberWarehouse responses(int count, int nps) {
        for (int i = 0; i < count; i++) {
            dsl.insertInto(RESPONSE)
                    .set(RESPONSE.RESPONSE_ID, "R" + (++line))
                    .set(RESPONSE.RESPONDED_AT, MID_OCTOBER)
                    .set(RESPONSE.BRAND, "Northwind")
                    .set(RESPONSE.TOUCHPOINT, "Store")
                    .set(RESPONSE.REGION, "North")
                    .set(RESPONSE.NPS, (short) nps)
                    .set(RESPONSE.LANGUAGE, "en")
                    .set(RESPONSE.FILE_ID, fileId)
                    .set(RESPONSE.LINE_NO, line)
                    .execute();
        }
        return this;
    }

    /** An October post about a brand, not mined yet. */
    OctoberWarehouse post(String brand, String text) {
        insertPost(brand, MID_OCTOBER, text);
        return this;
    }

    /** A post about a brand with the sentiment label theme mining gave it. */
    OctoberWarehouse post(String brand, OffsetDateTime at, String sentimentLabel) {
        String id = insertPost(brand, at, "a post");
        dsl.insertInto(COMMENT_MINING)
                .set(COMMENT_MINING.FEED, TextFeeds.POSTS)
                .set(COMMENT_MINING.SOURCE_ID, id)
                .set(COMMENT_MINING.SENTIMENT, BigDecimal.ZERO)
                .set(COMMENT_MINING.SENTIMENT_LABEL, sentimentLabel)
                .set(COMMENT_MINING.THEMES, "")
                .set(COMMENT_MINING.TAXONOMY_VERSION, "test")
                .set(COMMENT_MINING.RUN_ID, 1L)
                .execute();
        return this;
    }

    private String insertPost(String brand, OffsetDateTime at, String text) {
        String id = "P" + (++line);
        dsl.insertInto(POST)
                .set(POST.POST_ID, id)
                .set(POST.POSTED_AT, at)
                .set(POST.SOURCE, "social")
                .set(POST.BRAND, brand)
                .set(POST.REGION, "North")
                .set(POST.TEXT, text)
                .set(POST.FILE_ID, fileId)
                .set(POST.LINE_NO, line)
                .execute();
        return id;
    }
}
