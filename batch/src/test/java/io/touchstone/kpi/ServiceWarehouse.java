package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.ACCOUNT;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.TARGET;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.InteractionRecord;
import io.touchstone.support.FixtureFile;
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
 * Interactions, follow-ups, accounts and responses written straight into the warehouse for the
 * October 2026 monthly run (business date 31 October, as-of 1 November 00:00 UTC), so a test
 * states only the rows it is about; every row comes from one delivered file.
 */
final class ServiceWarehouse {

    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final DSLContext dsl;
    private final long fileId;
    private long line;

    ServiceWarehouse(DSLContext dsl) {
        this.dsl = dsl;
        this.fileId = FixtureFile.register(dsl, "interactions", BUSINESS_DATE, AS_OF);
    }

    static StepContribution octoberRun() {
        return new StepContribution(MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(BUSINESS_DATE,
                PeriodKind.MONTH, FiscalCalendar.DEFAULT, Path.of(""), Path.of("inbox"), Path.of("out"),
                LocalDateTime.now())));
    }

    static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    /** A new interaction of North / Store, opened mid-October, with no optional field set. */
    InteractionRecord interaction() {
        line++;
        return dsl.newRecord(INTERACTION)
                .setInteractionId("I" + line)
                .setOpenedAt(at(10, 15, 12))
                .setTouchpoint("Store")
                .setRegion("North")
                .setFileId(fileId)
                .setLineNo(line);
    }

    void store(InteractionRecord interaction) {
        interaction.store();
    }

    /** A response of the own brand; {@code customerId} may be null. */
    String response(String region, OffsetDateTime at, int nps, String customerId) {
        String id = "R" + (++line);
        dsl.insertInto(RESPONSE)
                .set(RESPONSE.RESPONSE_ID, id)
                .set(RESPONSE.RESPONDED_AT, at)
                .set(RESPONSE.BRAND, "Northwind")
                .set(RESPONSE.TOUCHPOINT, "Store")
                .set(RESPONSE.REGION, region)
                .set(RESPONSE.NPS, (short) nps)
                .set(RESPONSE.CUSTOMER_ID, customerId)
                .set(RESPONSE.LANGUAGE, "en")
                .set(RESPONSE.FILE_ID, fileId)
                .set(RESPONSE.LINE_NO, line)
                .execute();
        return id;
    }

    void followup(String responseId, String action, OffsetDateTime at) {
        dsl.insertInto(FOLLOWUP)
                .set(FOLLOWUP.RESPONSE_ID, responseId)
                .set(FOLLOWUP.ACTION, action)
                .set(FOLLOWUP.ACTION_AT, at)
                .set(FOLLOWUP.FILE_ID, fileId)
                .set(FOLLOWUP.LINE_NO, ++line)
                .execute();
    }

    /** An account; {@code churnedAt} null for an active one. */
    void account(String customerId, double revenue, String currency, OffsetDateTime churnedAt) {
        dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.CUSTOMER_ID, customerId)
                .set(ACCOUNT.REGION, "North")
                .set(ACCOUNT.ANNUAL_REVENUE, BigDecimal.valueOf(revenue))
                .set(ACCOUNT.CURRENCY, currency)
                .set(ACCOUNT.STATUS, churnedAt == null ? "active" : "churned")
                .set(ACCOUNT.STATUS_CHANGED_AT, churnedAt)
                .set(ACCOUNT.FILE_ID, fileId)
                .set(ACCOUNT.LINE_NO, ++line)
                .execute();
    }

    void target(String metric, double target) {
        dsl.insertInto(TARGET)
                .set(TARGET.PERIOD, "2026-10")
                .set(TARGET.METRIC, metric)
                .set(TARGET.REGION, "ALL")
                .set(TARGET.TOUCHPOINT, "ALL")
                .set(TARGET.TARGET_, BigDecimal.valueOf(target))
                .set(TARGET.FILE_ID, fileId)
                .set(TARGET.LINE_NO, ++line)
                .execute();
    }
}
