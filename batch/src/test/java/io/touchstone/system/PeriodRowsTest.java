package io.touchstone.system;

import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A step's rows for a period replace that period's rows, and only those. */
class PeriodRowsTest extends WarehouseTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRerunReplacesItsPeriodsRowsAndLeavesTheOtherPeriods() {
        PeriodRows<SocialBenchmarkRecord> rows = PeriodRows.of(dsl, SOCIAL_BENCHMARK, SOCIAL_BENCHMARK.PERIOD_KIND,
                SOCIAL_BENCHMARK.PERIOD);
        rows.replace("month", "2026-09", List.of(brand("2026-09", "Northwind", 40, 1)));
        rows.replace("month", "2026-10", List.of(brand("2026-10", "Northwind", 50, 1),
                brand("2026-10", "Contoso", 7, 1)));

        // when October is mined again
        rows.replace("month", "2026-10", List.of(brand("2026-10", "Northwind", 55, 2),
                brand("2026-10", "Fabrikam, \"the\" rival", 9, 2)));

        // then October holds the rerun's rows only, September is as it was
        assertThat(dsl.selectFrom(SOCIAL_BENCHMARK).orderBy(SOCIAL_BENCHMARK.PERIOD, SOCIAL_BENCHMARK.BRAND).fetch())
                .extracting(SocialBenchmarkRecord::getPeriod, SocialBenchmarkRecord::getBrand,
                        SocialBenchmarkRecord::getPosts, SocialBenchmarkRecord::getRunId)
                .containsExactly(tuple("2026-09", "Northwind", 40L, 1L),
                        tuple("2026-10", "Fabrikam, \"the\" rival", 9L, 2L), tuple("2026-10", "Northwind", 55L, 2L));
    }

    @Test
    void aColumnNoRowSetsKeepsItsDefaultAndRowsSettingDifferentColumnsAreAllStored() {
        PeriodRows<SocialBenchmarkRecord> rows = PeriodRows.of(dsl, SOCIAL_BENCHMARK, SOCIAL_BENCHMARK.PERIOD_KIND,
                SOCIAL_BENCHMARK.PERIOD);
        rows.replace("month", "2026-09", List.of(brand("2026-09", "Northwind", 40, 1)));
        rows.replace("month", "2026-10", List.of(brand("2026-10", "Northwind", 50, 1).setPositivePosts(30L),
                brand("2026-10", "Contoso", 7, 1)));

        assertThat(dsl.selectFrom(SOCIAL_BENCHMARK).orderBy(SOCIAL_BENCHMARK.PERIOD, SOCIAL_BENCHMARK.BRAND).fetch())
                .extracting(SocialBenchmarkRecord::getPeriod, SocialBenchmarkRecord::getBrand,
                        SocialBenchmarkRecord::getPositivePosts, SocialBenchmarkRecord::getNegativePosts)
                .containsExactly(tuple("2026-09", "Northwind", 0L, 0L), tuple("2026-10", "Contoso", 0L, 0L),
                        tuple("2026-10", "Northwind", 30L, 0L));
    }

    @Test
    void rowsReplacedInAStepThatFailsAreRolledBackWithIt() {
        PeriodRows<SocialBenchmarkRecord> rows = PeriodRows.of(dsl, SOCIAL_BENCHMARK, SOCIAL_BENCHMARK.PERIOD_KIND,
                SOCIAL_BENCHMARK.PERIOD);
        rows.replace("month", "2026-10", List.of(brand("2026-10", "Northwind", 50, 1)));

        // when a rerun replaces October in its step's transaction and then fails
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rows.replace("month", "2026-10", List.of(brand("2026-10", "Northwind", 55, 2),
                    brand("2026-10", "Contoso", 7, 2)));
            throw new IllegalStateException("the step failed after writing");
        })).hasMessage("the step failed after writing");

        // then the rows copied in went with the transaction: October is as before
        assertThat(dsl.selectFrom(SOCIAL_BENCHMARK).fetch())
                .extracting(SocialBenchmarkRecord::getBrand, SocialBenchmarkRecord::getPosts)
                .containsExactly(tuple("Northwind", 50L));
    }

    private static SocialBenchmarkRecord brand(String period, String brand, long posts, long runId) {
        return new SocialBenchmarkRecord()
                .setPeriodKind("month")
                .setPeriod(period)
                .setBrand(brand)
                .setPosts(posts)
                .setShareOfVoice(new BigDecimal("12.5000"))
                .setNetSentiment(new BigDecimal("-3.2500"))
                .setCriticisedThemes("delivery;billing")
                .setRunId(runId);
    }
}
