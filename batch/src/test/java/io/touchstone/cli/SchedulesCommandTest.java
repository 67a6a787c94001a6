package io.touchstone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code touchstone schedules} shows each schedule as configured, its next firings and its last result. */
class SchedulesCommandTest extends WarehouseTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void eachScheduleIsListedWithWhatItWaitsForItsNextFiringsAndItsLastResult() throws Exception {
        // given one schedule that has waited once for the benchmarks
        Files.writeString(home.resolve("application.yml"), """
                touchstone:
                  schedules:
                    - name: monthly-pack
                      cron: "0 30 6 * * *"
                      period: month
                      wait-for: [responses, benchmarks]
                      deadline: PT3H
                """);
        dsl.execute("insert into schedule_run (schedule_name, business_date, period_kind, first_fired_at, status,"
                + " missing_feeds, updated_at) values ('monthly-pack', date '2026-11-30', 'month', now(), 'waiting',"
                + " 'benchmarks', now())");

        // when
        int status = TouchstoneCommand.execute(new String[] {"schedules", "--home", home.toString(), "--db-url",
            TestDatabase.jdbcUrl()}, new PrintWriter(out, true), new PrintWriter(err, true));

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).hasSize(3);
        assertThat(out.toString())
                .contains("monthly-pack  cron '0 30 6 * * *' (UTC)  period month  waits for responses, benchmarks up to PT3H")
                .containsPattern("next: \\d{4}-\\d{2}-\\d{2} 06:30:00, \\d{4}-\\d{2}-\\d{2} 06:30:00, \\d{4}-\\d{2}-\\d{2} 06:30:00")
                .contains("last: 2026-11-30 waiting, missing benchmarks");
    }

    @Test
    void withoutSchedulesItSaysWhereToAddThem() {
        int status = TouchstoneCommand.execute(new String[] {"schedules", "--home", home.toString(), "--db-url",
            TestDatabase.jdbcUrl()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(status).isZero();
        assertThat(out.toString()).contains("No schedules: add touchstone.schedules to "
                + home.resolve("application.yml"));
    }
}
