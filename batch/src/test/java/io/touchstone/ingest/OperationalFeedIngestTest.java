package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.ACCOUNT;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.AccountRecord;
import io.touchstone.sql.generated.tables.records.FollowupRecord;
import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import io.touchstone.sql.generated.tables.records.InteractionRecord;
import io.touchstone.support.Inbox;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Record5;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 12: the operational feeds (interactions, followups, accounts) are ingested like the
 * others: every column lands, every broken rule is rejected with file, line, raw line and reason,
 * rows are upserted by their natural key, and money only in a currency the reports can convert.
 */
@TestPropertySource(properties = {
        "touchstone.finance.currency=EUR",
        "touchstone.finance.fx-rates.GBP=1.17",
        "touchstone.ingest.chunk-size=3"})
class OperationalFeedIngestTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final String INTERACTIONS = "interaction_id,customer_id,opened_at,closed_at,channel,touchpoint,"
            + "region,wait_seconds,handle_seconds,first_contact_resolved,callback_offered,csat_before,csat_after,"
            + "agent_team\n";
    private static final String FOLLOWUPS = "response_id,action,action_at,owner\n";
    private static final String ACCOUNTS = "customer_id,segment,region,annual_revenue,currency,status,"
            + "status_changed_at\n";

    @Autowired
    NightlyJobRunner runner;

    private RunResult run() {
        RunResult result = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        return result;
    }

    private static Instant at(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant();
    }

    @Test
    void aGoodFileOfEachFeedLandsWithEveryColumn() throws IOException {
        // given the booleans in every accepted spelling, a gzip file and rows leaving the optional columns empty
        Inbox.deliver(inbox(), "interactions_20261031.csv", INTERACTIONS
                + "I1,C1,2026-10-05T09:30:00+01:00,2026-10-05T09:42:30+01:00,Phone,Contact-Center,London,95,655,"
                + "true,FALSE,2,4,Team Red\n"
                + "I2,C2,2026-10-06,,chat,web,Leeds,0,0,Yes,no,,,\n"
                + "I3,C3,2026-10-07T10:00:00Z,2026-10-07T10:00:00Z,,store,,,,Y,n,5,5,\n"
                + "I4,,2026-10-08T10:00:00Z,,,store,,,,1,0,,,\n"
                + "I5,,2026-10-09T10:00:00Z,,,store,,,,,,,,\n");
        Inbox.deliverGzip(inbox(), "followups_20261031.csv.gz", FOLLOWUPS
                + "R1,contacted,2026-10-06T10:00:00+01:00,Ana Lopez\n"
                + "R1,Resolved,2026-10-07,\n");
        Inbox.deliver(inbox(), "accounts_20261031.csv", ACCOUNTS
                + "C1,enterprise,London,120000.50,EUR,active,\n"
                + "C2,,,99.999,gbp,Churned,2026-10-20T00:00:00Z\n");
        Inbox.deliver(inbox(), "responses_20261031.csv", "response_id,responded_at,brand,touchpoint,nps\n"
                + "R1,2026-10-05,Northwind,contact-center,3\n");

        // when
        RunResult result = run();

        // then every interaction column, booleans read in all their spellings
        List<InteractionRecord> interactions = dsl.selectFrom(INTERACTION).orderBy(INTERACTION.INTERACTION_ID).fetch();
        assertThat(interactions).extracting(InteractionRecord::getInteractionId, InteractionRecord::getFirstContactResolved,
                InteractionRecord::getCallbackOffered).containsExactly(
                        tuple("I1", true, false), tuple("I2", true, false), tuple("I3", true, false),
                        tuple("I4", true, false), tuple("I5", null, null));
        InteractionRecord call = interactions.get(0);
        assertThat(call.getCustomerId()).isEqualTo("C1");
        assertThat(call.getOpenedAt().toInstant()).isEqualTo(at("2026-10-05T08:30:00Z"));
        assertThat(call.getClosedAt().toInstant()).isEqualTo(at("2026-10-05T08:42:30Z"));
        assertThat(call.getChannel()).isEqualTo("phone");
        assertThat(call.getTouchpoint()).as("lower-cased as the responses' touchpoints").isEqualTo("contact-center");
        assertThat(call.getRegion()).isEqualTo("London");
        assertThat(call.getWaitSeconds()).isEqualTo(95);
        assertThat(call.getHandleSeconds()).isEqualTo(655);
        assertThat(call.getCsatBefore()).isEqualTo((short) 2);
        assertThat(call.getCsatAfter()).isEqualTo((short) 4);
        assertThat(call.getAgentTeam()).isEqualTo("Team Red");
        assertThat(call.getLineNo()).isEqualTo(2L);
        InteractionRecord chat = interactions.get(1);
        assertThat(chat.getOpenedAt().toInstant()).as("a plain date is midnight in the reporting zone")
                .isEqualTo(at("2026-10-06T00:00:00Z"));
        assertThat(chat.getWaitSeconds()).isZero();
        assertThat(chat.getClosedAt()).isNull();
        assertThat(chat.getCsatBefore()).isNull();
        assertThat(chat.getAgentTeam()).isNull();
        assertThat(interactions.get(2).getRegion()).isEqualTo(Feed.UNKNOWN_REGION);
        assertThat(interactions.get(2).getChannel()).isNull();
        assertThat(interactions.get(3).getCustomerId()).isNull();
        assertThat(interactions.get(4).getWaitSeconds()).isNull();

        // and the follow-ups from the gzip file
        assertThat(dsl.selectFrom(FOLLOWUP).orderBy(FOLLOWUP.ACTION_AT).fetch())
                .extracting(FollowupRecord::getResponseId, FollowupRecord::getAction,
                        followup -> followup.getActionAt().toInstant(), FollowupRecord::getOwner,
                        FollowupRecord::getLineNo)
                .containsExactly(
                        tuple("R1", "contacted", at("2026-10-06T09:00:00Z"), "Ana Lopez", 2L),
                        tuple("R1", "resolved", at("2026-10-07T00:00:00Z"), null, 3L));

        // and the accounts, revenue rounded to cents, the currency upper-cased
        assertThat(dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.CUSTOMER_ID).fetch())
                .extracting(AccountRecord::getCustomerId, AccountRecord::getSegment, AccountRecord::getRegion,
                        AccountRecord::getAnnualRevenue, AccountRecord::getCurrency, AccountRecord::getStatus,
                        account -> account.getStatusChangedAt() == null ? null
                                : account.getStatusChangedAt().toInstant())
                .containsExactly(
                        tuple("C1", "enterprise", "London", new BigDecimal("120000.50"), "EUR", "active", null),
                        tuple("C2", null, "unknown", new BigDecimal("100.00"), "GBP", "churned",
                                at("2026-10-20T00:00:00Z")));

        // and each file is counted, archived, and has its row in Data quality
        assertThat(dsl.selectFrom(INGEST_FILE).where(INGEST_FILE.FEED.ne("responses")).orderBy(INGEST_FILE.FEED).fetch())
                .extracting(IngestFileRecord::getFeed, IngestFileRecord::getStatus, IngestFileRecord::getRowsRead,
                        IngestFileRecord::getRowsLoaded, IngestFileRecord::getRowsRejected)
                .containsExactly(
                        tuple("accounts", "loaded", 2L, 2L, 0L),
                        tuple("followups", "loaded", 2L, 2L, 0L),
                        tuple("interactions", "loaded", 5L, 5L, 0L));
        assertThat(dsl.fetchCount(REJECT)).isZero();
        assertThat(HOME.resolve("archive/2026-10-31/followups_20261031.csv.gz")).exists();
        assertThat(HOME.resolve("archive/2026-10-31/accounts_20261031.csv")).exists();
        assertThat(inbox().resolve("interactions_20261031.csv")).doesNotExist();
        assertThat(dataQualityRows(result)).contains(
                List.of("interactions", "1", "5", "5", "0"),
                List.of("followups", "1", "2", "2", "0"),
                List.of("accounts", "1", "2", "2", "0"));
    }

    /** Per feed of the workbook's Data quality sheet: feed, files, rows read, loaded and rejected. */
    private static List<List<String>> dataQualityRows(RunResult result) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(result.folder().resolve("cx-finance_2026-10.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet quality = workbook.getSheet("Data quality");
            // The feeds' table ends at the first empty row; how the sentiment was made follows it.
            for (int r = 1; r <= quality.getLastRowNum() && quality.getRow(r) != null; r++) {
                Row row = quality.getRow(r);
                rows.add(List.of(row.getCell(0).getStringCellValue(), whole(row, 1), whole(row, 3), whole(row, 4),
                        whole(row, 5)));
            }
        }
        return rows;
    }

    private static String whole(Row row, int cell) {
        return String.valueOf((long) row.getCell(cell).getNumericCellValue());
    }

    @Test
    void eachBrokenRuleIsRejectedWithFileLineRawLineAndReason() {
        // given
        String[] interactions = {
                "I1,C1,2026-10-05T10:00:00+01:00,2026-10-05T10:10:00+01:00,phone,contact-center,London,30,300,true,false,3,4,Red",
                "I2,C1,2026-10-05T10:00:00+01:00,2026-10-05T09:00:00+01:00,phone,contact-center,London,30,300,,,,,",
                "I3,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,-5,300,,,,,",
                "I4,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,twelve,,,,,",
                "I5,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,12.5,,,,,",
                "I6,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,300,maybe,,,,",
                "I7,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,300,,2,,,",
                "I8,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,300,,,0,,",
                "I9,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,30,300,,,,6,",
                "I10,C1,2026-10-05T10:00:00Z,,phone,,London,30,300,,,,,"};
        String[] followups = {
                "R1,contacted,2026-10-06T10:00:00Z,Ana",
                "R2,called,2026-10-06T10:00:00Z,Ana",
                "R3,resolved,yesterday,Ana"};
        String[] accounts = {
                "C1,enterprise,London,1200.50,EUR,active,",
                "C2,enterprise,London,1200.50,EUR,closed,",
                "C3,enterprise,London,1200.50,EUR,churned,",
                "C4,enterprise,London,12k,EUR,active,",
                "C5,enterprise,London,\"1,200.50\",EUR,active,",
                "C6,enterprise,London,-10,EUR,active,",
                "C7,enterprise,London,12345678901234567,EUR,active,",
                "C8,enterprise,London,1200.50,EURO,active,",
                "C9,enterprise,London,1200.50,USD,active,"};
        Inbox.deliver(inbox(), "interactions_bad.csv", INTERACTIONS + String.join("\n", interactions) + "\n");
        Inbox.deliver(inbox(), "followups_bad.csv", FOLLOWUPS + String.join("\n", followups) + "\n");
        Inbox.deliver(inbox(), "accounts_bad.csv", ACCOUNTS + String.join("\n", accounts) + "\n");

        // when
        run();

        // then only the good row of each file is loaded
        assertThat(dsl.select(INTERACTION.INTERACTION_ID).from(INTERACTION).fetch(INTERACTION.INTERACTION_ID))
                .containsExactly("I1");
        assertThat(dsl.select(FOLLOWUP.RESPONSE_ID).from(FOLLOWUP).fetch(FOLLOWUP.RESPONSE_ID)).containsExactly("R1");
        assertThat(dsl.select(ACCOUNT.CUSTOMER_ID).from(ACCOUNT).fetch(ACCOUNT.CUSTOMER_ID)).containsExactly("C1");

        // and every other row is a reject with its file, line, raw line, reason and rule
        List<Record5<String, Long, String, String, String>> rejects = dsl
                .select(INGEST_FILE.FILE_NAME, REJECT.LINE_NO, REJECT.RAW_LINE, REJECT.REASON, REJECT.RULE)
                .from(REJECT).join(INGEST_FILE).using(INGEST_FILE.FILE_ID)
                .orderBy(INGEST_FILE.FILE_NAME, REJECT.LINE_NO)
                .fetch();
        assertThat(rejects).extracting(Record5::value1, Record5::value2, Record5::value3, Record5::value4)
                .containsExactly(
                        tuple("accounts_bad.csv", 3L, accounts[1], "status must be active or churned, got 'closed'"),
                        tuple("accounts_bad.csv", 4L, accounts[2], "status_changed_at is required when status is churned"),
                        tuple("accounts_bad.csv", 5L, accounts[3], "annual_revenue must be a number with a '.' as"
                                + " decimal point and no thousands separators, got '12k'"),
                        tuple("accounts_bad.csv", 6L, accounts[4], "annual_revenue must be a number with a '.' as"
                                + " decimal point and no thousands separators, got '1,200.50'"),
                        tuple("accounts_bad.csv", 7L, accounts[5], "annual_revenue must not be negative, got '-10'"),
                        tuple("accounts_bad.csv", 8L, accounts[6], "annual_revenue must be less than"
                                + " 10000000000000000, got '12345678901234567'"),
                        tuple("accounts_bad.csv", 9L, accounts[7], "currency must be an ISO 4217 currency code such as"
                                + " EUR, USD or GBP, got 'EURO'"),
                        tuple("accounts_bad.csv", 10L, accounts[8], "currency 'USD' has no rate in"
                                + " touchstone.finance.fx-rates (reports are in EUR): add touchstone.finance.fx-rates.USD"
                                + " or send the revenue in EUR"),
                        tuple("followups_bad.csv", 3L, followups[1],
                                "action must be contacted, resolved or no-action, got 'called'"),
                        tuple("followups_bad.csv", 4L, followups[2], "action_at must be an ISO-8601 timestamp with"
                                + " offset (2026-11-20T14:03:00+01:00) or a date (2026-11-20), got 'yesterday'"),
                        tuple("interactions_bad.csv", 3L, interactions[1], "closed_at '2026-10-05T09:00:00+01:00' is"
                                + " before opened_at '2026-10-05T10:00:00+01:00'"),
                        tuple("interactions_bad.csv", 4L, interactions[2],
                                "wait_seconds must be a whole number 0 or more, got '-5'"),
                        tuple("interactions_bad.csv", 5L, interactions[3],
                                "handle_seconds must be a whole number 0 or more, got 'twelve'"),
                        tuple("interactions_bad.csv", 6L, interactions[4],
                                "handle_seconds must be a whole number 0 or more, got '12.5'"),
                        tuple("interactions_bad.csv", 7L, interactions[5], "first_contact_resolved must be true or"
                                + " false (also accepted: yes/no, y/n, 1/0), got 'maybe'"),
                        tuple("interactions_bad.csv", 8L, interactions[6], "callback_offered must be true or false"
                                + " (also accepted: yes/no, y/n, 1/0), got '2'"),
                        tuple("interactions_bad.csv", 9L, interactions[7], "csat_before must be a whole number 1-5, got '0'"),
                        tuple("interactions_bad.csv", 10L, interactions[8], "csat_after must be a whole number 1-5, got '6'"),
                        tuple("interactions_bad.csv", 11L, interactions[9], "touchpoint is required but empty"));
        assertThat(rejects).extracting(Record5::value5).as("rules group rejects without quoting values").contains(
                "closed_at must not be before opened_at",
                "wait_seconds must be a whole number 0 or more",
                "first_contact_resolved must be true or false (also accepted: yes/no, y/n, 1/0)",
                "action must be contacted, resolved or no-action",
                "status must be active or churned",
                "currency has no rate in touchstone.finance.fx-rates")
                .noneMatch(rule -> rule.contains(", got ") || rule.contains("fx-rates.USD"));
        assertThat(dsl.select(REJECT.FEED).from(REJECT).fetch(REJECT.FEED))
                .containsOnly("interactions", "followups", "accounts");
    }

    @Test
    void anAccountInACurrencyWithARateIsAcceptedAndOneWithoutIsRejectedNamingTheSetting() {
        // given EUR, the reporting currency, GBP with a configured rate, and CHF with none
        Inbox.deliver(inbox(), "accounts_money.csv", ACCOUNTS
                + "C1,,,100,EUR,active,\n"
                + "C2,,,200,GBP,active,\n"
                + "C3,,,300,chf,active,\n");

        // when
        run();

        // then
        assertThat(dsl.select(ACCOUNT.CUSTOMER_ID, ACCOUNT.CURRENCY).from(ACCOUNT).orderBy(ACCOUNT.CUSTOMER_ID)
                .fetch().map(row -> row.intoList())).containsExactly(List.of("C1", "EUR"), List.of("C2", "GBP"));
        assertThat(dsl.selectFrom(REJECT).fetchSingle()).satisfies(reject -> {
            assertThat(reject.getLineNo()).isEqualTo(4L);
            assertThat(reject.getReason()).isEqualTo("currency 'CHF' has no rate in touchstone.finance.fx-rates"
                    + " (reports are in EUR): add touchstone.finance.fx-rates.CHF or send the revenue in EUR");
            assertThat(reject.getRule()).isEqualTo("currency has no rate in touchstone.finance.fx-rates");
        });
    }

    @Test
    void aCorrectedRowReplacesTheStoredOneByItsNaturalKey() {
        // given
        Inbox.deliver(inbox(), "interactions_1.csv", INTERACTIONS
                + "I1,C1,2026-10-05T10:00:00Z,,phone,contact-center,London,600,300,false,,,,\n");
        Inbox.deliver(inbox(), "followups_1.csv", FOLLOWUPS + "R1,contacted,2026-10-06T10:00:00Z,Ana\n");
        Inbox.deliver(inbox(), "accounts_1.csv", ACCOUNTS + "C1,smb,London,1000,EUR,active,\n");
        run();

        // when the senders correct them, the follow-up's time written with another offset
        Inbox.deliver(inbox(), "interactions_2.csv", INTERACTIONS
                + "I1,C1,2026-10-05T10:00:00Z,2026-10-05T10:20:00Z,phone,contact-center,London,60,300,true,,,,\n");
        Inbox.deliver(inbox(), "followups_2.csv", FOLLOWUPS + "R1,contacted,2026-10-06T12:00:00+02:00,Ben\n");
        Inbox.deliver(inbox(), "accounts_2.csv", ACCOUNTS + "C1,smb,London,1000,EUR,churned,2026-10-25\n");
        run();

        // then
        InteractionRecord interaction = dsl.selectFrom(INTERACTION).fetchSingle();
        assertThat(interaction.getWaitSeconds()).isEqualTo(60);
        assertThat(interaction.getFirstContactResolved()).isTrue();
        assertThat(interaction.getClosedAt()).isNotNull();
        assertThat(dsl.selectFrom(FOLLOWUP).fetchSingle().getOwner()).isEqualTo("Ben");
        AccountRecord account = dsl.selectFrom(ACCOUNT).fetchSingle();
        assertThat(account.getStatus()).isEqualTo("churned");
        assertThat(account.getStatusChangedAt().toInstant()).isEqualTo(at("2026-10-25T00:00:00Z"));
    }

    @Test
    void aKeyRepeatedInOneFileIsLoadedOnceAsItsLastLineHasIt() {
        // given the same follow-up twice in one chunk, its time in two offsets, and an account repeated across chunks
        Inbox.deliver(inbox(), "followups_twice.csv", FOLLOWUPS
                + "R1,contacted,2026-10-06T10:00:00Z,Ana\n"
                + "R1,contacted,2026-10-06T11:00:00+01:00,Ben\n");
        Inbox.deliver(inbox(), "accounts_twice.csv", ACCOUNTS
                + "C1,smb,London,1000,EUR,active,\n"
                + "C2,smb,London,2000,EUR,active,\n"
                + "C3,smb,London,3000,EUR,active,\n"
                + "C1,smb,London,1500,EUR,active,\n");

        // when
        run();

        // then
        assertThat(dsl.selectFrom(FOLLOWUP).fetchSingle().getOwner()).isEqualTo("Ben");
        assertThat(dsl.select(ACCOUNT.ANNUAL_REVENUE).from(ACCOUNT).where(ACCOUNT.CUSTOMER_ID.eq("C1")).fetchSingle()
                .value1()).isEqualByComparingTo("1500");
        assertThat(dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.ROWS_LOADED, INGEST_FILE.DUPLICATE_IDS)
                .from(INGEST_FILE).orderBy(INGEST_FILE.FILE_NAME).fetch().map(row -> row.intoList()))
                .containsExactly(List.of("accounts_twice.csv", 4L, 1L), List.of("followups_twice.csv", 2L, 1L));
    }

    @Test
    void aRedeliveredFileIsNotLoadedTwice() {
        // given
        String content = ACCOUNTS + "C1,smb,London,1000,EUR,active,\n";
        Inbox.deliver(inbox(), "accounts_a.csv", content);
        run();
        List<AccountRecord> before = dsl.selectFrom(ACCOUNT).fetch();

        // when
        Inbox.deliver(inbox(), "accounts_a_again.csv", content);
        run();

        // then
        assertThat(dsl.selectFrom(ACCOUNT).fetch()).isEqualTo(before);
        assertThat(dsl.fetchCount(INGEST_FILE)).isEqualTo(1);
        assertThat(HOME.resolve("archive/2026-10-31/accounts_a_again.csv")).exists();
    }

    @Test
    void aFollowupWhoseResponseIsNotInTheWarehouseIsKept() {
        // given a follow-up of R1, which is loaded, and one of R404, which has not arrived
        Inbox.deliver(inbox(), "responses_1.csv", "response_id,responded_at,brand,touchpoint,nps\n"
                + "R1,2026-10-05,Northwind,store,3\n");
        Inbox.deliver(inbox(), "followups_1.csv", FOLLOWUPS
                + "R1,contacted,2026-10-06T10:00:00Z,Ana\n"
                + "R404,contacted,2026-10-06T10:00:00Z,Ana\n");

        // when
        run();

        // then
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(1);
        assertThat(dsl.select(FOLLOWUP.RESPONSE_ID).from(FOLLOWUP).orderBy(FOLLOWUP.RESPONSE_ID)
                .fetch(FOLLOWUP.RESPONSE_ID)).containsExactly("R1", "R404");
        assertThat(dsl.fetchCount(REJECT)).isZero();
    }

    @Test
    void aFileWithoutARequiredColumnGoesToQuarantineNamingIt() {
        // given accounts with no currency column
        Inbox.deliver(inbox(), "accounts_nocurrency.csv", "customer_id,annual_revenue,status\nC1,1000,active\n");

        // when
        run();

        // then
        assertThat(dsl.fetchCount(ACCOUNT)).isZero();
        assertThat(HOME.resolve("quarantine/accounts_nocurrency.csv.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("missing required column currency;")
                .contains("touchstone.feeds.accounts.columns.");
    }
}
