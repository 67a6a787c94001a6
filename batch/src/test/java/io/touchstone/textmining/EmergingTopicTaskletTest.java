package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.EMERGING_TOPIC;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.EmergingTopicRecord;
import io.touchstone.support.FixtureFile;
import io.touchstone.support.WarehouseTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

class EmergingTopicTaskletTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final OffsetDateTime MID_OCTOBER = OffsetDateTime.of(2026, 10, 15, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    private EmergingTopicTasklet tasklet;

    private long fileId;
    private long line;

    @Test
    void aPlantedPhraseIsStoredAsWrittenCountedInCustomersWithAScrubbedExample() {
        // given 8 months of everyday comments, and in October 30 customers who missed the delivery
        // slot (one giving her e-mail and phone), and one who wrote "left a card" in 20 comments
        fileId = FixtureFile.register(dsl, "responses", BUSINESS_DATE, MID_OCTOBER);
        for (int month = 2; month <= 9; month++) {
            for (int i = 0; i < 50; i++) {
                comment(i % 3 == 0 ? null : "B" + month + "-" + i, MID_OCTOBER.withMonth(month),
                        i % 4 == 0 ? "The staff were friendly." : "Delivery was quick.");
            }
        }
        for (int i = 0; i < 100; i++) {
            comment("C" + i, MID_OCTOBER, i == 0 ? "I missed the delivery slot, write to jo@example.com or 07700 900123."
                    : i < 25 ? "Third month running I missed the delivery slot and nobody told me why."
                    : i < 30 ? "Apparently I was missing the delivery slot while I was at home all day."
                    : i % 4 == 0 ? "The staff were friendly." : "Delivery was quick.");
        }
        for (int i = 0; i < 20; i++) {
            comment("ANGRY", MID_OCTOBER.plusHours(i), "The courier left a card again, reply number " + i + ".");
        }

        // when
        tasklet.execute(octoberRun(), null);

        // then
        List<EmergingTopicRecord> topics = dsl.selectFrom(EMERGING_TOPIC).orderBy(EMERGING_TOPIC.G2.desc()).fetch();
        assertThat(topics).isNotEmpty();
        EmergingTopicRecord top = topics.get(0);
        assertThat(top.getTerm()).isEqualTo("missed the delivery slot");
        assertThat(top.getCustomers()).isEqualTo(30);
        assertThat(top.getComments()).isEqualTo(30);
        assertThat(top.getExample()).isEqualTo("I missed the delivery slot, write to [email] or [phone].");
        assertThat(topics).extracting(EmergingTopicRecord::getTerm)
                .noneMatch(term -> term.contains("left a card") || term.contains("slot month")
                        || term.contains("deliveri") || term.contains("example"));
    }

    private void comment(String customer, OffsetDateTime at, String text) {
        dsl.insertInto(RESPONSE)
                .set(RESPONSE.RESPONSE_ID, "R" + (++line))
                .set(RESPONSE.RESPONDED_AT, at)
                .set(RESPONSE.BRAND, "Northwind")
                .set(RESPONSE.TOUCHPOINT, "delivery")
                .set(RESPONSE.REGION, "North")
                .set(RESPONSE.CUSTOMER_ID, customer)
                .set(RESPONSE.COMMENT, text)
                .set(RESPONSE.LANGUAGE, "en")
                .set(RESPONSE.FILE_ID, fileId)
                .set(RESPONSE.LINE_NO, line)
                .execute();
    }

    private static StepContribution octoberRun() {
        return new StepContribution(MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(BUSINESS_DATE,
                PeriodKind.MONTH, FiscalCalendar.DEFAULT, Path.of(""), Path.of("inbox"), Path.of("out"),
                LocalDateTime.now())));
    }
}
