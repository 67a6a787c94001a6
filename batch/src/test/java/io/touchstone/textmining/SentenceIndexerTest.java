package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;

import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SentenceIndexerTest extends WarehouseTest {

    private static final TimeRange OCTOBER = new TimeRange(OffsetDateTime.parse("2026-10-01T00:00:00Z"),
            OffsetDateTime.parse("2026-11-01T00:00:00Z"));
    private static final int COMMENTS = 1_300;

    @Autowired
    TextFeeds feeds;

    @Autowired
    CommentAnalyzers analyzers;

    private final TextSentiment scorer = new SentimentScorer(SentimentLexicon.standard());

    @BeforeEach
    void commentsOfEveryTone() {
        long file = dsl.fetchSingle("insert into ingest_file (feed, file_name, content_sha256, size_bytes, status,"
                + " run_id, business_date, received_at) values ('responses', 'tones.csv', 'tones', 0, 'loaded', 1,"
                + " '2026-10-31', now()) returning file_id").get(0, Long.class);
        // Comments of one, two or three sentences, each mixing praise, complaints and plain statements.
        dsl.execute("insert into response (response_id, responded_at, brand, touchpoint, region, nps, comment, language,"
                + " file_id, line_no) select 'R' || n, timestamptz '2026-10-01 08:00:00+00' + n * interval '30 second',"
                + " 'Northwind', 'Delivery', 'London', n % 11,"
                + " (array['The driver was lovely.', 'Still waiting for my refund!', 'Parcel came on Tuesday.',"
                + " 'Really not happy with the app', 'Great, another delay :('])[1 + n % 5]"
                + " || case when n % 3 > 0 then ' ' || (array['Thanks so much!!', 'Nobody called back.',"
                + " 'The box was fine.', 'Worst service ever'])[1 + n % 4] else '' end"
                + " || case when n % 7 = 0 then E'\\nWould recommend ' || n else '' end,"
                + " 'en', ?, n from generate_series(1, ?) n", file, COMMENTS);
    }

    @Test
    void scoringOnSeveralThreadsIndexesWhatOneThreadDoes() throws IOException {
        // when the fixture's three batches of texts are scored on one, two and three threads
        Indexed oneThread = indexWith(1);
        Indexed twoThreads = indexWith(2);
        Indexed threeThreads = indexWith(3);

        // then every comment has the same sentiment, and the index the same sentences in the same order
        assertThat(oneThread.mined().texts()).isEqualTo(COMMENTS);
        for (Indexed severalThreads : List.of(twoThreads, threeThreads)) {
            assertThat(severalThreads.mined().sentiment()).isEqualTo(oneThread.mined().sentiment());
            assertThat(severalThreads.sentences()).hasSizeGreaterThan(COMMENTS).isEqualTo(oneThread.sentences());
        }
    }

    @Test
    void aCommentsSentimentIsItsSentencesScoreOrTheWholeCommentsScore() throws IOException {
        // when
        Indexed indexed = indexWith(2);

        // then
        dsl.select(field("response_id", String.class), field("comment", String.class))
                .from("response").fetch().forEach(row -> assertThat(indexed.mined().sentiment().get(row.value1()))
                        .as(row.value2()).isEqualTo(scorer.score(row.value2())));
        assertThat(indexed.sentences()).contains("R7 Would recommend 7 " + scorer.score("Would recommend 7"));
    }

    @Test
    void aPeriodIndexedForTheSearchesOnlyHasTheSameSentencesUnscored() throws IOException {
        // given the period indexed to be reported on
        Indexed reported = indexWith(2);

        // when it is indexed for the searches only, as a prior period or the baseline is
        Path folder = Files.createTempDirectory(HOME, "index-search-");
        List<String> sentences = new ArrayList<>();
        List<Double> sentiments = new ArrayList<>();
        try (CommentIndex index = CommentIndex.open(folder, analyzers);
                SentenceIndexer indexer = new SentenceIndexer(feeds, scorer, "Northwind", 2)) {
            indexer.indexForSearch(index, TextFeeds.RESPONSES, OCTOBER);
            index.commit();
            index.search(new MatchAllDocsQuery(), TextFeeds.RESPONSES, "Northwind", null, null, OCTOBER.from(),
                    OCTOBER.before(), mention -> {
                        sentences.add(mention.id() + " " + mention.sentence());
                        sentiments.add(mention.sentiment());
                    });
        }

        // then it holds the same sentences in the same order, none with a sentiment
        assertThat(sentences).isEqualTo(reported.sentences().stream()
                .map(sentence -> sentence.substring(0, sentence.lastIndexOf(' '))).toList());
        assertThat(sentiments).hasSameSizeAs(sentences).allMatch(sentiment -> sentiment.isNaN());
    }

    private record Indexed(MinedFeed mined, List<String> sentences) {
    }

    private Indexed indexWith(int threads) throws IOException {
        Path folder = Files.createTempDirectory(HOME, "index-" + threads + "-");
        try (CommentIndex index = CommentIndex.open(folder, analyzers);
                SentenceIndexer indexer = new SentenceIndexer(feeds, scorer, "Northwind", threads)) {
            MinedFeed mined = indexer.index(index, TextFeeds.RESPONSES, OCTOBER);
            index.commit();
            List<String> sentences = new ArrayList<>();
            index.search(new MatchAllDocsQuery(), TextFeeds.RESPONSES, "Northwind", null, null, OCTOBER.from(),
                    OCTOBER.before(), mention -> sentences.add(mention.id() + " " + mention.sentence() + " "
                            + mention.sentiment()));
            return new Indexed(mined, sentences);
        }
    }
}
