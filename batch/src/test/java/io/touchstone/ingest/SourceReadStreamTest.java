package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.support.SourceDatabase;
import io.touchstone.support.WarehouseTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A feed read from a source database streams: the source's own session sees the named portal
 * PostgreSQL's driver streams through. The feed's query keeps its rows only while such a portal
 * is open in its session ({@code pg_cursors}); read on an auto-commit connection, through the
 * unnamed portal, it would keep none.
 */
@TestPropertySource(properties = {
        "touchstone.feeds.responses.source=crm",
        "touchstone.feeds.responses.columns.nps=likelihood",
        "touchstone.feeds.responses.query=select id as response_id, answered_at as responded_at, brand, touchpoint,"
                + " region, nps as likelihood, remark as comment, updated_at from survey_answer"
                + " where updated_at > :last_watermark and exists (select 1 from pg_cursors where name <> '')",
        "touchstone.sources.crm.user=postgres",
        "touchstone.sources.crm.password-env=CRM_PASSWORD"})
@Import(DatabaseFeedTest.CrmPassword.class)
class SourceReadStreamTest extends WarehouseTest {

    private static final int ROWS = 2500;

    @Autowired
    NightlyJobRunner runner;

    @DynamicPropertySource
    static void crm(DynamicPropertyRegistry registry) {
        registry.add("touchstone.sources.crm.url", SourceDatabase::jdbcUrl);
    }

    @BeforeAll
    static void aCrmWithMoreAnswersThanOneFetch() {
        SourceDatabase.recreate();
        SourceDatabase.execute("""
                create table survey_answer (
                    id text primary key, answered_at timestamp with time zone not null, brand text, touchpoint text,
                    region text, nps integer, remark text, updated_at timestamp with time zone not null)""",
                "insert into survey_answer select 'R' || n, timestamptz '2026-10-05 09:30:00+01', 'Northwind',"
                        + " 'Delivery', 'London', n % 11, 'remark ' || n, timestamptz '2026-10-06 10:00:00+00'"
                        + " + n * interval '1 second' from generate_series(1, " + ROWS + ") n");
    }

    @Test
    void theSourceIsReadAFetchAtATime() {
        // when
        RunResult run = runner.run(LocalDate.of(2026, 10, 31), PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(run.published()).as(run.failure()).isTrue();
        assertThat(dsl.fetchCount(RESPONSE)).as("answers read while a named portal was open").isEqualTo(ROWS);
    }
}
