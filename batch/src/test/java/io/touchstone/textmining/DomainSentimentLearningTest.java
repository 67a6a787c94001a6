package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.SENTIMENT_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.ResponseRecord;
import io.touchstone.sql.generated.tables.records.SentimentModelRecord;
import io.touchstone.support.DomainCompany;
import io.touchstone.support.DomainCompany.Answer;
import io.touchstone.support.FixtureFile;
import io.touchstone.support.WarehouseTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sentiment learned from the customers' own scores, on a generated company whose praise and
 * complaints are in words no lexicon knows: the blended sentiment agrees with the customers far
 * more often than the lexicon, on held-out comments only, and below the minimum the lexicon is
 * used alone and says so.
 */
class DomainSentimentLearningTest extends WarehouseTest {

    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);
    private static final HeldOut HELD_OUT = new HeldOut(0.2);

    @Autowired
    private ThemeMiningTasklet themeMining;

    @Autowired
    private ScoredTexts scoredTexts;

    private long fileId;
    private long line;

    @BeforeEach
    void registerTheFile() {
        fileId = FixtureFile.register(dsl, "responses", OCTOBER_31, OffsetDateTime.of(2026, 10, 31, 8, 0, 0, 0,
                ZoneOffset.UTC));
    }

    @Test
    void onACompanysOwnWordsTheBlendedSentimentBeatsTheLexiconOnHeldOutComments() throws Exception {
        // given a year of 3,000 answers in the company's own words
        insert(DomainCompany.answers(3_000, OCTOBER_31, 7));
        // and an October post about the own brand in the promoters' words, without a rating
        post("P1", "zorbly staff and a flimmet app");

        // when
        themeMining.execute(octoberRun(), null);

        // then the model learned, and agrees with the customers' scores far more than the lexicon alone
        SentimentModelRecord model = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(model.getLearned()).isTrue();
        assertThat(model.getFallbackReason()).isNull();
        assertThat(model.getAgreement().doubleValue()).isGreaterThan(90);
        assertThat(model.getLexiconAgreement().doubleValue()).isLessThan(40);
        assertThat(model.getScoredFrom()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(model.getScoredTo()).isEqualTo(OCTOBER_31);
        // and the blended sentiment is what every mined text got, the post included
        assertThat(dsl.select(COMMENT_MINING.SENTIMENT_LABEL).from(COMMENT_MINING)
                .where(COMMENT_MINING.FEED.eq(TextFeeds.POSTS)).and(COMMENT_MINING.SOURCE_ID.eq("P1"))
                .fetchSingle().value1()).isEqualTo("positive");
    }

    @Test
    void theAgreementIsMeasuredOnTheHeldOutScoredTextsOnly() throws Exception {
        // given 2,500 answers, passives among them, which carry no clear score
        List<Answer> answers = DomainCompany.answers(2_500, OCTOBER_31, 11);
        insert(answers);
        long scored = answers.stream().filter(Answer::scored).count();
        long heldOut = answers.stream().filter(Answer::scored)
                .filter(answer -> HELD_OUT.contains(TextFeeds.RESPONSES + ":" + answer.id())).count();
        themeMining.execute(octoberRun(), null);
        SentimentModelRecord first = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(first.getScoredTexts()).isEqualTo(scored);
        assertThat(first.getHeldOut()).isEqualTo(heldOut);
        assertThat(first.getTrainedOn()).isEqualTo(scored - heldOut);

        // when a detractor's comment the scores cannot explain lands among the training texts
        insertAnswer(idWhere(false), 0, "xyzzy plugh frobozz");
        themeMining.execute(octoberRun(), null);

        // then it trained the model and moved no held-out figure
        SentimentModelRecord trained = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(trained.getTrainedOn()).isEqualTo(first.getTrainedOn() + 1);
        assertThat(trained.getHeldOut()).isEqualTo(heldOut);
        assertThat(trained.getAgreement()).isEqualByComparingTo(first.getAgreement());

        // when the same comment lands among the held-out texts
        insertAnswer(idWhere(true), 0, "xyzzy plugh frobozz");
        themeMining.execute(octoberRun(), null);

        // then it is checked, and disagrees: nothing the model or the lexicon knows is in it
        SentimentModelRecord checked = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(checked.getHeldOut()).isEqualTo(heldOut + 1);
        assertThat(checked.getTrainedOn()).isEqualTo(trained.getTrainedOn());
        assertThat(checked.getAgreement()).isLessThan(first.getAgreement());
        assertThat(dsl.fetchCount(SENTIMENT_MODEL)).isOne();
    }

    @Test
    void belowTheMinimumOfScoredTextsSentimentComesFromTheLexiconAloneAndSaysSo() throws Exception {
        // given only 300 answers
        List<Answer> answers = DomainCompany.answers(300, OCTOBER_31, 3);
        insert(answers);
        long scored = answers.stream().filter(Answer::scored).count();
        post("P1", "zorbly staff and a flimmet app");

        // when
        themeMining.execute(octoberRun(), null);

        // then nothing was learned, and the record says why
        SentimentModelRecord model = dsl.selectFrom(SENTIMENT_MODEL).fetchSingle();
        assertThat(model.getLearned()).isFalse();
        assertThat(model.getFallbackReason()).isEqualTo("only " + scored + " scored texts, learning needs 2,000");
        assertThat(model.getAgreement()).isNull();
        assertThat(model.getLexiconAgreement()).isNotNull();
        // and the company's own words carry no sentiment
        assertThat(dsl.select(COMMENT_MINING.SENTIMENT_LABEL).from(COMMENT_MINING)
                .where(COMMENT_MINING.FEED.eq(TextFeeds.POSTS)).and(COMMENT_MINING.SOURCE_ID.eq("P1"))
                .fetchSingle().value1()).isEqualTo("neutral");
    }

    @Test
    void brandNamesLearnNoSentimentEvenWhenOnlyDetractorsWriteThem() {
        // given detractors who name the brand and promoters who never do
        DomainSentimentModel.Trainer trainer = DomainSentimentModel.trainer(BrandNames.of(List.of("Northwind")));
        for (int i = 0; i < 50; i++) {
            trainer.add("Northwind grushnak again", false);
            trainer.add("zorbly staff", true);
        }

        // when
        DomainSentimentModel model = trainer.build();

        // then the name alone says nothing; the detractors' own word does
        assertThat(model.score("Northwind")).isZero();
        assertThat(model.score("#Northwind @northwind")).isZero();
        assertThat(model.score("grushnak")).isNegative();
        assertThat(model.score("zorbly")).isPositive();
    }

    @Test
    void aCommentIsLabelledByItsNpsAnswerElseItsCsatElseItsCesAndAPostByItsRating() {
        // given answers of every kind, and posts about the own brand and a competitor
        scored("N9", (short) 9, null, null).scored("N6", (short) 6, null, null).scored("N8", (short) 8, (short) 5, null)
                .scored("C5", null, (short) 5, (short) 1).scored("C2", null, (short) 2, null)
                .scored("C3", null, (short) 3, (short) 7).scored("E7", null, null, (short) 7)
                .scored("E1", null, null, (short) 1).scored("E4", null, null, (short) 4);
        ratedPost("P5", "Northwind", (short) 5);
        ratedPost("P1", "Northwind", (short) 1);
        ratedPost("P3", "Northwind", (short) 3);
        ratedPost("F5", "Fabrikam", (short) 5);
        post("P0", "no rating at all");

        // when
        Map<String, Boolean> labels = new TreeMap<>();
        scoredTexts.forEach("Northwind", OffsetDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                text -> labels.put(text.key(), text.positive()));

        // then passives, middling scores, other brands and unrated posts teach nothing
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("responses:N9", true,
                "responses:N6", false, "responses:C5", true, "responses:C2", false, "responses:E7", true,
                "responses:E1", false, "posts:P5", true, "posts:P1", false));
    }

    private static StepContribution octoberRun() {
        return new StepContribution(MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(OCTOBER_31,
                PeriodKind.MONTH, FiscalCalendar.DEFAULT, Path.of(""), Path.of("inbox"), Path.of("out"),
                LocalDateTime.now())));
    }

    /** An October id that is held out, or not. */
    private static String idWhere(boolean heldOut) {
        for (int i = 0; ; i++) {
            String id = "PLANT" + i;
            if (HELD_OUT.contains(TextFeeds.RESPONSES + ":" + id) == heldOut) {
                return id;
            }
        }
    }

    private void insert(List<Answer> answers) {
        List<ResponseRecord> rows = new ArrayList<>();
        for (Answer answer : answers) {
            rows.add(response(answer.id(), answer.day().atTime(9, 30).atOffset(ZoneOffset.UTC), answer.nps(),
                    answer.comment()));
        }
        dsl.batchInsert(rows).execute();
    }

    private void insertAnswer(String id, int nps, String comment) {
        dsl.batchInsert(response(id, OffsetDateTime.of(2026, 10, 20, 9, 30, 0, 0, ZoneOffset.UTC), nps, comment))
                .execute();
    }

    private ResponseRecord response(String id, OffsetDateTime at, int nps, String comment) {
        ResponseRecord row = dsl.newRecord(RESPONSE);
        row.setResponseId(id);
        row.setRespondedAt(at);
        row.setBrand("Northwind");
        row.setTouchpoint("Store");
        row.setRegion("London");
        row.setNps((short) nps);
        row.setComment(comment);
        row.setLanguage("en");
        row.setFileId(fileId);
        row.setLineNo(++line);
        return row;
    }

    private DomainSentimentLearningTest scored(String id, Short nps, Short csat, Short ces) {
        ResponseRecord row = response(id, OffsetDateTime.of(2026, 10, 20, 9, 30, 0, 0, ZoneOffset.UTC), 0, "a comment");
        row.setNps(nps);
        row.setCsat(csat);
        row.setCes(ces);
        dsl.batchInsert(row).execute();
        return this;
    }

    private void ratedPost(String id, String brand, short rating) {
        post(id, "a review");
        dsl.update(POST).set(POST.BRAND, brand).set(POST.RATING, rating).where(POST.POST_ID.eq(id)).execute();
    }

    private void post(String id, String text) {
        dsl.insertInto(POST)
                .set(POST.POST_ID, id)
                .set(POST.POSTED_AT, OffsetDateTime.of(2026, 10, 15, 12, 0, 0, 0, ZoneOffset.UTC))
                .set(POST.SOURCE, "social")
                .set(POST.BRAND, "Northwind")
                .set(POST.REGION, "London")
                .set(POST.TEXT, text)
                .set(POST.FILE_ID, fileId)
                .set(POST.LINE_NO, ++line)
                .execute();
    }
}
