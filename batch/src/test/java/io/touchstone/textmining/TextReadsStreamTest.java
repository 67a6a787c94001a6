package io.touchstone.textmining;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.support.StreamingReadTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every read of the mined texts streams from the warehouse — outside a step's transaction too,
 * as the benchmark reads them — so millions of comments never sit in memory at once.
 */
class TextReadsStreamTest extends StreamingReadTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final OffsetDateTime FROM = OffsetDateTime.parse("2026-10-01T00:00:00Z");
    private static final OffsetDateTime BEFORE = OffsetDateTime.parse("2026-11-01T00:00:00Z");

    @Autowired
    TextFeeds feeds;

    @Autowired
    CommentAnalyzers analyzers;

    @Autowired
    EmergingTopicTasklet emergingTopics;

    @Autowired
    ScoredTexts scoredTexts;

    static Stream<Named<Consumer<TextReadsStreamTest>>> reads() {
        return Stream.of(
                Named.of("the survey comments", test -> test.feed(TextFeeds.RESPONSES)),
                Named.of("the posts", test -> test.feed(TextFeeds.POSTS)),
                Named.of("the employee remarks", test -> test.feed(TextFeeds.EMPLOYEE)),
                Named.of("the comments counted for emerging topics", TextReadsStreamTest::emergingTopics),
                Named.of("the comments the benchmark indexes bare", TextReadsStreamTest::miningThroughput),
                Named.of("the scored comments and rated posts sentiment learns from", TextReadsStreamTest::scoredTexts));
    }

    @BeforeEach
    void aMonthOfTexts() {
        manyTexts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void isReadAFetchAtATime(Consumer<TextReadsStreamTest> read) {
        assertStreams(() -> read.accept(this));
    }

    private void feed(String feed) {
        feeds.forEach(feed, "Northwind", FROM, BEFORE, text -> { });
    }

    private void scoredTexts() {
        // The own brand's reviews with their ratings, as many as the comments.
        dsl.execute("update post set brand = 'Northwind', rating = 1 + length(post_id) % 5");
        scoredTexts.forEach("Northwind", FROM, BEFORE, text -> { });
    }

    private void emergingTopics() {
        var step = MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(BUSINESS_DATE,
                PeriodKind.MONTH, FiscalCalendar.DEFAULT, HOME, inbox(), out(), LocalDateTime.of(2026, 11, 1, 2, 0)));
        emergingTopics.execute(new StepContribution(step), null);
    }

    private static ReportingPeriod october() {
        return ReportingPeriod.containing(PeriodKind.MONTH, BUSINESS_DATE);
    }

    private void miningThroughput() {
        try {
            new MiningThroughput(feeds, analyzers).bareLucene("Northwind", october(), ZoneOffset.UTC,
                    Files.createTempDirectory(HOME, "mining"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
