package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.FEED_WATERMARK;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.support.SourceDatabase;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import io.touchstone.system.TouchstoneProperties;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A source that cannot be reached stops the run in one line naming the source and the setting to
 * look at, and never shows the password.
 */
@TestPropertySource(properties = {
        "touchstone.feeds.posts.source=vault",
        "touchstone.feeds.posts.query=select post_id, posted_at, source, brand, text, updated_at from post_copy"
                + " where updated_at > :last_watermark",
        "touchstone.sources.vault.user=postgres",
        "touchstone.sources.vault.password-env=TOUCHSTONE_TEST_NO_SUCH_VARIABLE"})
class DatabaseSourceMistakesTest extends WarehouseTest {

    @DynamicPropertySource
    static void vault(DynamicPropertyRegistry registry) {
        registry.add("touchstone.sources.vault.url", SourceDatabase::jdbcUrl);
    }

    @Autowired
    NightlyJobRunner runner;

    @Test
    void anUnsetPasswordVariableFailsTheRunNamingTheSourceAndTheSetting() {
        // when a run reads posts from a source whose password variable is not set
        RunResult result = runner.run(LocalDate.of(2026, 10, 31), PeriodKind.MONTH, inbox(), out());

        // then it fails in the posts' step with one line saying what to set, and registers no read
        assertThat(result.published()).isFalse();
        assertThat(result.failure()).isEqualTo("failed in ingestPostsStep: source vault: the environment variable"
                + " TOUCHSTONE_TEST_NO_SUCH_VARIABLE (touchstone.sources.vault.password-env) is not set; set it to"
                + " the password of postgres before the run");
        assertThat(dsl.fetchCount(INGEST_FILE, INGEST_FILE.FEED.eq("posts"))).isZero();
        assertThat(dsl.fetchCount(FEED_WATERMARK)).isZero();
    }

    @Test
    void aWrongPasswordIsReportedWithTheSourceAndItsSettingsButNotThePassword() {
        String wrong = "not-" + SourceDatabase.password();
        SourceDatabases databases = new SourceDatabases(Map.of("crm", new TouchstoneProperties.Source(
                SourceDatabase.jdbcUrl(), TestDatabase.user(), "CRM_PASSWORD")),
                new EnvironmentVariables(Map.of("CRM_PASSWORD", wrong)::get));

        assertThatThrownBy(() -> databases.connect("crm", Feed.POSTS))
                .hasMessageStartingWith("cannot connect to source crm at " + SourceDatabase.jdbcUrl() + " as postgres"
                        + " (check touchstone.sources.crm.url, .user and .password-env): ")
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void aSourceWithoutSettingsIsNamed() {
        SourceDatabases databases = new SourceDatabases(Map.of(), new EnvironmentVariables(name -> null));

        assertThatThrownBy(() -> databases.connect("crm", Feed.RESPONSES))
                .hasMessage("touchstone.feeds.responses.source names crm, but there is no touchstone.sources.crm"
                        + " (set its url, user and password-env)");
    }
}
