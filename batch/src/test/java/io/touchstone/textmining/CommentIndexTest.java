package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentIndexTest {

    private static final OffsetDateTime OCTOBER = OffsetDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void reMiningAPeriodReplacesItsSentencesAndKeepsTheOthers() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            try (CommentIndex index = CommentIndex.open(folder, analyzers)) {
                index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER.plusDays(3), (short) 2, "Parcel late", -0.4);
                index.addSentence("responses", "R2", "Northwind", null, null, "en", OCTOBER.minusDays(3), (short) 9, "Parcel early", 0.4);
                index.commit();
                index.deleteRange("responses", OCTOBER, OCTOBER.plusMonths(1));
                index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER.plusDays(3), (short) 2, "Parcel late", -0.4);
                index.commit();
            }
            try (CommentIndex reopened = CommentIndex.open(folder, analyzers)) {
                List<CommentIndex.Mention> mentions = new ArrayList<>();
                reopened.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                        OCTOBER.minusMonths(1), OCTOBER.plusMonths(1), mentions::add);

                assertThat(mentions).extracting(CommentIndex.Mention::id).containsExactlyInAnyOrder("R1", "R2");
                assertThat(reopened.count("responses", OCTOBER, OCTOBER.plusMonths(1))).isEqualTo(1);
            }
        }
    }

    @Test
    void eachMentionCarriesHowWellItMatchedTheQuery() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers();
                CommentIndex index = CommentIndex.open(folder, analyzers)) {
            index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER, (short) 2,
                    "Parcel late, parcel damaged, parcel lost", -0.6);
            index.addSentence("responses", "R2", "Northwind", null, null, "en", OCTOBER, (short) 2,
                    "The app was slow but in the end the parcel came and it was all fine overall", -0.1);
            index.commit();

            List<CommentIndex.Mention> parcel = new ArrayList<>();
            index.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                    OCTOBER.minusDays(1), OCTOBER.plusDays(1), parcel::add);

            // then both match, the sentence about the parcel better than the one that mentions it in passing
            assertThat(parcel).hasSize(2).allMatch(mention -> mention.score() > 0);
            CommentIndex.Mention focused = parcel.stream().filter(mention -> mention.id().equals("R1")).findFirst()
                    .orElseThrow();
            CommentIndex.Mention passing = parcel.stream().filter(mention -> mention.id().equals("R2")).findFirst()
                    .orElseThrow();
            assertThat(focused.score()).isGreaterThan(passing.score());
        }
    }

    @Test
    void anUnscoredSearchFindsTheSameMentionsWithoutScoresOrSentences() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers();
                CommentIndex index = CommentIndex.open(folder, analyzers)) {
            index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER, (short) 2,
                    "Parcel late, parcel damaged", -0.6);
            index.addSentence("responses", "R2", "Northwind", null, null, "en", OCTOBER.plusHours(1), (short) 9,
                    "The parcel came early", 0.5);
            index.addSentence("responses", "R3", "Northwind", null, null, "en", OCTOBER, (short) 9, "Fast app", 0.5);
            index.commit();

            List<CommentIndex.Mention> scored = new ArrayList<>();
            List<CommentIndex.Mention> unscored = new ArrayList<>();
            index.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                    OCTOBER.minusDays(1), OCTOBER.plusDays(1), true, scored::add);
            index.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                    OCTOBER.minusDays(1), OCTOBER.plusDays(1), false, unscored::add);

            assertThat(unscored).extracting(CommentIndex.Mention::id, CommentIndex.Mention::nps,
                    CommentIndex.Mention::sentiment, CommentIndex.Mention::at)
                    .containsExactlyElementsOf(scored.stream().map(mention -> tuple(
                            mention.id(), mention.nps(), mention.sentiment(), mention.at())).toList());
            assertThat(scored).extracting(CommentIndex.Mention::id).containsExactly("R1", "R2");
            assertThat(scored).allMatch(mention -> mention.score() > 0 && mention.sentence() != null);
            assertThat(unscored).allMatch(mention -> mention.score() == 0 && mention.sentence() == null);
        }
    }

    @Test
    void aSearchByScopeGivesEachMentionItsRegionAndTouchpointAndFindsWhatASearchPerScopeFinds() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers();
                CommentIndex index = CommentIndex.open(folder, analyzers)) {
            // given sentences in two regions and touchpoints, one without either, one of another brand
            index.addSentence("responses", "R1", "Northwind", "North", "delivery", "en", OCTOBER, (short) 2,
                    "Parcel late, parcel damaged", -0.6);
            index.addSentence("responses", "R2", "Northwind", "South", "delivery", "en", OCTOBER, (short) 9,
                    "The parcel came early", 0.5);
            index.addSentence("responses", "R3", "Northwind", "North", "app", "en", OCTOBER, (short) 6,
                    "The app lost my parcel", -0.4);
            index.addSentence("responses", "R4", "Northwind", null, null, "en", OCTOBER, null, "Parcel fine", 0.2);
            index.addSentence("responses", "R5", "Contoso", "North", "app", "en", OCTOBER, null, "Parcel late", -0.4);
            index.addSentence("responses", "R6", "Northwind", "North", "app", "en", OCTOBER, null, "Fast app", 0.5);
            index.commit();
            TermQuery parcel = new TermQuery(new Term("text_en", "parcel"));

            // when the brand is searched once by scope
            List<String> scoped = new ArrayList<>();
            List<CommentIndex.Mention> north = new ArrayList<>();
            index.searchByScope(parcel, "responses", "Northwind", OCTOBER.minusDays(1), OCTOBER.plusDays(1), true,
                    (region, touchpoint, mention) -> {
                        scoped.add(mention.id() + " " + region + " " + touchpoint);
                        if ("North".equals(region)) {
                            north.add(mention);
                        }
                    });

            // then each of its matches comes with its own region and touchpoint
            assertThat(scoped).containsExactly("R1 North delivery", "R2 South delivery", "R3 North app",
                    "R4 null null");
            // and a region's mentions are those a search of the region finds, with the same scores
            List<CommentIndex.Mention> searchedNorth = new ArrayList<>();
            index.search(parcel, "responses", "Northwind", "North", null, OCTOBER.minusDays(1), OCTOBER.plusDays(1),
                    true, searchedNorth::add);
            assertThat(north).extracting(CommentIndex.Mention::id, CommentIndex.Mention::score)
                    .containsExactlyElementsOf(searchedNorth.stream()
                            .map(mention -> tuple(mention.id(), mention.score())).toList());
        }
    }

    @Test
    void theIndexKeepsNoPersonalDataAndNoMarkerIsSearchable() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers();
                CommentIndex index = CommentIndex.open(folder, analyzers)) {
            // given
            String personal = "sam.ring@example.com 07700 900123";

            // when
            index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER, (short) 2,
                    "Parcel late, write to sam.ring@example.com or call 07700 900123", -0.4);
            index.commit();

            // then the stored sentence quotes markers instead
            List<CommentIndex.Mention> parcel = new ArrayList<>();
            index.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                    OCTOBER.minusDays(1), OCTOBER.plusDays(1), parcel::add);
            assertThat(parcel).extracting(CommentIndex.Mention::sentence)
                    .containsExactly("Parcel late, write to [email] or call [phone]");
            // and neither the data's terms nor the markers' words find it
            List<String> terms = new ArrayList<>(analysed(analyzers, personal));
            assertThat(terms).isNotEmpty();
            terms.addAll(analysed(analyzers, "email phone"));
            for (String term : terms) {
                List<CommentIndex.Mention> found = new ArrayList<>();
                index.search(new TermQuery(new Term("text_en", term)), "responses", "Northwind", null, null,
                        OCTOBER.minusDays(1), OCTOBER.plusDays(1), found::add);
                assertThat(found).as(term).isEmpty();
            }
        }
    }

    private static List<String> analysed(CommentAnalyzers analyzers, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzers.forLanguage("en").tokenStream("text_en", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void anIndexBrokenByACrashIsRebuiltEmpty() throws IOException {
        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            try (CommentIndex index = CommentIndex.open(folder, analyzers)) {
                index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER, null, "Parcel late", -0.4);
                index.commit();
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments_")).toList()) {
                    Files.write(file, new byte[] {1, 2, 3});
                }
            }

            try (CommentIndex rebuilt = CommentIndex.open(folder, analyzers)) {
                assertThat(rebuilt.count("responses", OCTOBER.minusDays(1), OCTOBER.plusDays(1))).isZero();
            }
        }
    }

    @Test
    void anIndexOfAnEarlierLayoutIsStartedAfreshAndTakesTheNewLayout() throws IOException {
        // given an index written before ids were binary doc values: a sorted one, no layout recorded
        anEarlierIndex(Map.of(), new SortedDocValuesField(CommentIndex.ID, new BytesRef("R0")));

        try (CommentAnalyzers analyzers = new CommentAnalyzers()) {
            // when
            try (CommentIndex index = CommentIndex.open(folder, analyzers)) {
                assertThat(index.count("responses", OCTOBER.minusDays(1), OCTOBER.plusDays(1))).isZero();
                index.addSentence("responses", "R1", "Northwind", null, null, "en", OCTOBER, null, "Parcel late", -0.4);
                index.commit();
            }

            // then the earlier sentence is gone, the new one is found, and the next open keeps it
            try (CommentIndex reopened = CommentIndex.open(folder, analyzers)) {
                List<CommentIndex.Mention> mentions = new ArrayList<>();
                reopened.search(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind", null, null,
                        OCTOBER.minusDays(1), OCTOBER.plusDays(1), mentions::add);
                assertThat(mentions).extracting(CommentIndex.Mention::id).containsExactly("R1");
                assertThat(reopened.count("responses", OCTOBER.minusDays(1), OCTOBER.plusDays(1))).isEqualTo(1);
            }
        }
    }

    @Test
    void anIndexWhoseRegionsAreNotDocValuesIsStartedAfreshAndTakesRegionsAgain() throws IOException {
        // given an index of layout 2: regions and touchpoints indexed as terms only
        anEarlierIndex(Map.of(CommentIndex.LAYOUT, "2"), new StringField(CommentIndex.REGION, "North", Field.Store.NO),
                new StringField(CommentIndex.TOUCHPOINT, "app", Field.Store.NO));

        try (CommentAnalyzers analyzers = new CommentAnalyzers();
                CommentIndex index = CommentIndex.open(folder, analyzers)) {
            // when a sentence with a region and touchpoint is indexed
            assertThat(index.count("responses", OCTOBER.minusDays(1), OCTOBER.plusDays(1))).isZero();
            index.addSentence("responses", "R1", "Northwind", "North", "app", "en", OCTOBER, null, "Parcel late", -0.4);
            index.commit();

            // then it is found by scope (Lucene would refuse doc values on the earlier layout's fields)
            List<String> scoped = new ArrayList<>();
            index.searchByScope(new TermQuery(new Term("text_en", "parcel")), "responses", "Northwind",
                    OCTOBER.minusDays(1), OCTOBER.plusDays(1), false,
                    (region, touchpoint, mention) -> scoped.add(mention.id() + " " + region + " " + touchpoint));
            assertThat(scoped).containsExactly("R1 North app");
        }
    }

    /** Writes, as an earlier release did, one October response sentence with {@code fields} and the commit's data. */
    private void anEarlierIndex(Map<String, String> commitData, IndexableField... fields) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter earlier = new IndexWriter(directory, new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new StringField(CommentIndex.FEED, "responses", Field.Store.NO));
            document.add(new LongPoint(CommentIndex.AT, OCTOBER.toInstant().toEpochMilli()));
            for (IndexableField field : fields) {
                document.add(field);
            }
            earlier.addDocument(document);
            earlier.setLiveCommitData(commitData.entrySet());
            earlier.commit();
        }
    }
}
