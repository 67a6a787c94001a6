package io.touchstone.schedule;

import static io.touchstone.sql.generated.Tables.SCHEDULE_RUN;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import io.touchstone.sql.generated.tables.records.ScheduleRunRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The once-per-business-date rule, kept in the database so that several {@code serve}
 * processes on one PostgreSQL agree: a firing first takes a PostgreSQL advisory lock on its
 * schedule and business date (held on a connection of its own for as long as it works, and
 * released by the server if the process dies), then reads and updates the date's
 * {@code schedule_run} row.
 */
@Component
public class ScheduleClaims {

    /** The first key of every advisory lock Touchstone's schedules take. */
    private static final int LOCK_SPACE = 0x7C5C_0001;

    private final DataSource dataSource;
    private final DSLContext dsl;

    public ScheduleClaims(DataSource dataSource, DSLContext dsl) {
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    /**
     * Tries to take the schedule's business date for this process. The claim is empty when
     * another process holds it: that one is deciding or running, and this firing has nothing to do.
     */
    public Optional<Claim> tryClaim(String schedule, LocalDate businessDate) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            Boolean locked = DSL.using(connection, SQLDialect.POSTGRES)
                    .select(advisoryLock("pg_try_advisory_lock", schedule, businessDate))
                    .fetchOne(0, Boolean.class);
            if (Boolean.TRUE.equals(locked)) {
                return Optional.of(new Claim(connection, schedule, businessDate));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot claim schedule " + schedule + " for " + businessDate + ": "
                    + e.getMessage(), e);
        }
    }

    /** The schedule's row for the business date, created (waiting, first fired now) when it has none. */
    public ScheduleRunRecord row(String schedule, LocalDate businessDate, String periodKind, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        dsl.insertInto(SCHEDULE_RUN)
                .set(SCHEDULE_RUN.SCHEDULE_NAME, schedule)
                .set(SCHEDULE_RUN.BUSINESS_DATE, businessDate)
                .set(SCHEDULE_RUN.PERIOD_KIND, periodKind)
                .set(SCHEDULE_RUN.FIRST_FIRED_AT, at)
                .set(SCHEDULE_RUN.STATUS, ScheduleStatus.WAITING.code())
                .set(SCHEDULE_RUN.UPDATED_AT, at)
                .onConflictDoNothing()
                .execute();
        return dsl.selectFrom(SCHEDULE_RUN)
                .where(SCHEDULE_RUN.SCHEDULE_NAME.eq(schedule).and(SCHEDULE_RUN.BUSINESS_DATE.eq(businessDate)))
                .fetchSingle();
    }

    public void update(ScheduleRunRecord row, ScheduleStatus status, Long runId, List<String> missingFeeds,
            Instant now) {
        row.setStatus(status.code());
        row.setRunId(runId);
        row.setMissingFeeds(missingFeeds.isEmpty() ? null : String.join(",", missingFeeds));
        row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
        dsl.executeUpdate(row);
    }

    /** When the schedule last completed a run, or {@code null} if it never has. */
    public Instant lastSuccess(String schedule) {
        OffsetDateTime last = dsl.select(max(SCHEDULE_RUN.UPDATED_AT))
                .from(SCHEDULE_RUN)
                .where(SCHEDULE_RUN.SCHEDULE_NAME.eq(schedule)
                        .and(SCHEDULE_RUN.STATUS.eq(ScheduleStatus.COMPLETED.code())))
                .fetchOne(0, OffsetDateTime.class);
        return last == null ? null : last.toInstant();
    }

    /** The schedule's most recent rows, newest business date first. */
    public List<ScheduleRunRecord> latest(String schedule, int limit) {
        return dsl.selectFrom(SCHEDULE_RUN)
                .where(SCHEDULE_RUN.SCHEDULE_NAME.eq(schedule))
                .orderBy(SCHEDULE_RUN.BUSINESS_DATE.desc())
                .limit(limit)
                .fetch();
    }

    /** A call of one of PostgreSQL's advisory-lock functions on the schedule's business date. */
    private static Field<Boolean> advisoryLock(String function, String schedule, LocalDate businessDate) {
        return field(function + "({0}, hashtext({1}))", Boolean.class, inline(LOCK_SPACE), schedule + "@" + businessDate);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The claim failed already; that failure is the one to report.
            }
        }
    }

    /** A schedule's business date, held by this process until closed. */
    public static final class Claim implements AutoCloseable {

        private final Connection connection;
        private final String schedule;
        private final LocalDate businessDate;

        private Claim(Connection connection, String schedule, LocalDate businessDate) {
            this.connection = connection;
            this.schedule = schedule;
            this.businessDate = businessDate;
        }

        @Override
        public void close() {
            try (connection) {
                DSL.using(connection, SQLDialect.POSTGRES)
                        .select(advisoryLock("pg_advisory_unlock", schedule, businessDate))
                        .fetch();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot release schedule " + schedule + ": " + e.getMessage(), e);
            }
        }
    }
}
