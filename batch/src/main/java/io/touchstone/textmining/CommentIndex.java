package io.touchstone.textmining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk Lucene index of comment sentences under the home folder. One document per
 * sentence, analysed in its comment's language, with the scope beside the text (feed, brand,
 * region, touchpoint, time, NPS answer) and the sentence's sentiment, so a theme query yields
 * its mentions and their sentiment in one pass.
 *
 * <p>Incremental: re-mining a period first deletes that period's sentences, then adds them
 * again, and commits once. Lucene commits are atomic, so a crash leaves the last committed
 * index; one that cannot be opened at all, or was written in another {@link #LAYOUT}, is
 * started afresh and rebuilt from the warehouse.
 */
public final class CommentIndex implements AutoCloseable {

    static final String ID = "id";
    static final String FEED = "feed";
    static final String BRAND = "brand";
    static final String REGION = "region";
    static final String TOUCHPOINT = "touchpoint";
    static final String AT = "at";
    static final String NPS = "nps";
    static final String SENTIMENT = "sentiment";
    static final String SENTENCE = "sentence";
    /** The stored sentence's length, so a search can pass over a sentence too long or short to quote unread. */
    static final String SENTENCE_LENGTH = "sentence_length";
    private static final int UNKNOWN_LENGTH = -1;
    /**
     * The layout of the index's documents, recorded with every commit. 2: the comment's id is a
     * binary doc value (it was a sorted one, whose dictionary of a unique value per comment cost
     * a hash look-up per sentence and a sort at every flush for ids that are never searched).
     * 3: the region and touchpoint are also sorted doc values, so one search of a brand hands each
     * mention to its region and touchpoint ({@link #searchByScope}) instead of a search per scope.
     */
    static final String LAYOUT = "touchstone.layout";
    static final String CURRENT_LAYOUT = "3";
    private static final long NO_NPS = -1;

    private final FSDirectory directory;
    private final IndexWriter writer;

    private CommentIndex(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    public static CommentIndex open(Path folder, CommentAnalyzers analyzers) {
        try {
            Files.createDirectories(folder);
            return openWriter(folder, analyzers);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            deleteIndexFiles(folder);
            try {
                return openWriter(folder, analyzers);
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot rebuild the comment index in " + folder, again);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the comment index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static CommentIndex openWriter(Path folder, CommentAnalyzers analyzers) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        // An index of another layout is started afresh: Lucene refuses a field whose kind of doc
        // values changed, and the warehouse holds every text to index again.
        IndexWriterConfig.OpenMode mode = DirectoryReader.indexExists(directory) && !isCurrentLayout(directory)
                ? IndexWriterConfig.OpenMode.CREATE
                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(LAYOUT, CURRENT_LAYOUT).entrySet());
        return new CommentIndex(directory, writer);
    }

    private static boolean isCurrentLayout(FSDirectory directory) throws IOException {
        return CURRENT_LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT));
    }

    private static void deleteIndexFiles(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the broken comment index in " + folder, e);
        }
    }

    /** Removes the sentences of one feed in a time range, before they are indexed again. */
    public void deleteRange(String feed, OffsetDateTime from, OffsetDateTime before) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FEED, feed)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(AT, from.toInstant().toEpochMilli(), before.toInstant().toEpochMilli() - 1),
                        BooleanClause.Occur.FILTER)
                .build());
    }

    /** How many sentences of a feed the index holds for a time range. */
    public int count(String feed, OffsetDateTime from, OffsetDateTime before) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(FEED, feed)), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(AT, from.toInstant().toEpochMilli(),
                            before.toInstant().toEpochMilli() - 1), BooleanClause.Occur.FILTER)
                    .build());
        }
    }

    /**
     * Adds one sentence with its scope; a missing region or touchpoint is simply not indexed. The
     * index keeps no personal data: the stored sentence, which reports quote, has it replaced by
     * markers, and the searched text has it erased, so no theme matches a marker's word.
     */
    public void addSentence(String feed, String id, String brand, String region, String touchpoint, String language,
            OffsetDateTime at, Short nps, String sentence, double sentiment) throws IOException {
        Document document = new Document();
        document.add(new StringField(FEED, feed, Field.Store.NO));
        // The comment's id is only ever read back beside a match, never searched or sorted by: a
        // binary doc value, not a term or a sorted value (see LAYOUT).
        document.add(new BinaryDocValuesField(ID, new BytesRef(id)));
        document.add(new StringField(BRAND, brand, Field.Store.NO));
        if (region != null) {
            document.add(new StringField(REGION, region, Field.Store.NO));
            document.add(new SortedDocValuesField(REGION, new BytesRef(region)));
        }
        if (touchpoint != null) {
            document.add(new StringField(TOUCHPOINT, touchpoint, Field.Store.NO));
            document.add(new SortedDocValuesField(TOUCHPOINT, new BytesRef(touchpoint)));
        }
        long millis = at.toInstant().toEpochMilli();
        document.add(new LongPoint(AT, millis));
        document.add(new NumericDocValuesField(AT, millis));
        document.add(new NumericDocValuesField(NPS, nps == null ? NO_NPS : nps));
        document.add(new DoubleDocValuesField(SENTIMENT, sentiment));
        // Asked once: nearly every sentence holds nothing to scrub, and then it is stored and searched as it is.
        boolean personal = PersonalDataScrubber.mayHoldPersonalData(sentence);
        document.add(new TextField(CommentAnalyzers.field(language),
                personal ? PersonalDataScrubber.erase(sentence) : sentence, Field.Store.NO));
        String stored = personal ? PersonalDataScrubber.scrub(sentence) : sentence;
        document.add(new StoredField(SENTENCE, stored));
        document.add(new NumericDocValuesField(SENTENCE_LENGTH, stored.length()));
        writer.addDocument(document);
    }

    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * One sentence that matched a query: its comment's id, NPS answer (or null), sentiment, time,
     * text, and how well it matched (Lucene's score: comparable between the mentions of one query).
     *
     * <p><b>NOTE</b>: a mention found by a search reads its text from the index only when asked —
     * decompressing every matched sentence was most of a theme search's time, and only the few
     * that may become quotes are read. Ask during the search: once it ends its reader is closed.
     */
    public static final class Mention {
        private final String id;
        private final Short nps;
        private final double sentiment;
        private final long at;
        private final float score;
        private String sentence;
        private int sentenceLength;
        private StoredFields source;
        private final int doc;

        public Mention(String id, Short nps, double sentiment, long at, String sentence, float score) {
            this(id, nps, sentiment, at, score, null, -1, sentence == null ? 0 : sentence.length());
            this.sentence = sentence;
        }

        private Mention(String id, Short nps, double sentiment, long at, float score, StoredFields source, int doc,
                int sentenceLength) {
            this.id = id;
            this.nps = nps;
            this.sentiment = sentiment;
            this.at = at;
            this.score = score;
            this.source = source;
            this.doc = doc;
            this.sentenceLength = sentenceLength;
        }

        /** The sentence's length, known without reading it (but for sentences indexed before lengths were). */
        public int sentenceLength() {
            if (sentenceLength == UNKNOWN_LENGTH) {
                String text = sentence();
                sentenceLength = text == null ? 0 : text.length();
            }
            return sentenceLength;
        }

        public String id() {
            return id;
        }

        public Short nps() {
            return nps;
        }

        public double sentiment() {
            return sentiment;
        }

        public long at() {
            return at;
        }

        public float score() {
            return score;
        }

        public String sentence() {
            if (source != null) {
                try {
                    sentence = source.document(doc).get(SENTENCE);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read a matched sentence from the comment index", e);
                }
                source = null;
            }
            return sentence;
        }
    }

    /**
     * Every sentence of a feed and brand in a time range that matches the query, in index order,
     * within one region or touchpoint ({@code null}: any).
     */
    public void search(Query query, String feed, String brand, String region, String touchpoint, OffsetDateTime from,
            OffsetDateTime before, Consumer<Mention> mentions) throws IOException {
        search(query, feed, brand, region, touchpoint, from, before, true, mentions);
    }

    /**
     * The same; with {@code scored} false the mentions carry no score (0) and no sentence
     * ({@code null}), which spares Lucene the scoring and the reader the sentences.
     */
    public void search(Query query, String feed, String brand, String region, String touchpoint, OffsetDateTime from,
            OffsetDateTime before, boolean scored, Consumer<Mention> mentions) throws IOException {
        search(filtered(query, feed, brand, region, touchpoint, from, before),
                new MentionCollector((inRegion, atTouchpoint, mention) -> mentions.accept(mention), scored, false));
    }

    /** Receives a mention with its sentence's region and touchpoint, each {@code null} when its text had none. */
    @FunctionalInterface
    public interface ScopedMentions {
        void accept(String region, String touchpoint, Mention mention);
    }

    /**
     * Every sentence of a feed and brand in a time range that matches the query, in index order,
     * each with its region and touchpoint: one search for what a search per region and touchpoint
     * would find, with the same scores (the scope only filters, it never scores).
     */
    public void searchByScope(Query query, String feed, String brand, OffsetDateTime from, OffsetDateTime before,
            boolean scored, ScopedMentions mentions) throws IOException {
        search(filtered(query, feed, brand, null, null, from, before), new MentionCollector(mentions, scored, true));
    }

    private void search(Query query, MentionCollector collector) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            new IndexSearcher(reader).search(query, collector);
        }
    }

    private static Query filtered(Query query, String feed, String brand, String region, String touchpoint,
            OffsetDateTime from, OffsetDateTime before) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(FEED, feed)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(BRAND, brand)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(AT, from.toInstant().toEpochMilli(), before.toInstant().toEpochMilli() - 1),
                        BooleanClause.Occur.FILTER);
        if (region != null) {
            builder.add(new TermQuery(new Term(REGION, region)), BooleanClause.Occur.FILTER);
        }
        if (touchpoint != null) {
            builder.add(new TermQuery(new Term(TOUCHPOINT, touchpoint)), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }

    /** Reads the doc values and score of each matching sentence; its text when the mention is asked for it. */
    private static final class MentionCollector extends SimpleCollector {
        private final ScopedMentions mentions;
        private final boolean scored;
        private final boolean scopes;
        private SortedDocValues regions;
        private SortedDocValues touchpoints;
        /** The segment's region and touchpoint names by ordinal, each decoded once. */
        private String[] regionNames;
        private String[] touchpointNames;
        private BinaryDocValues ids;
        private NumericDocValues nps;
        private NumericDocValues sentiment;
        private NumericDocValues at;
        private NumericDocValues lengths;
        private StoredFields sentences;
        private Scorable scorer;

        MentionCollector(ScopedMentions mentions, boolean scored, boolean scopes) {
            this.mentions = mentions;
            this.scored = scored;
            this.scopes = scopes;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = context.reader().getBinaryDocValues(ID);
            nps = context.reader().getNumericDocValues(NPS);
            sentiment = context.reader().getNumericDocValues(SENTIMENT);
            at = context.reader().getNumericDocValues(AT);
            lengths = context.reader().getNumericDocValues(SENTENCE_LENGTH);
            sentences = scored ? context.reader().storedFields() : null;
            if (scopes) {
                regions = DocValues.getSorted(context.reader(), REGION);
                touchpoints = DocValues.getSorted(context.reader(), TOUCHPOINT);
                regionNames = new String[regions.getValueCount()];
                touchpointNames = new String[touchpoints.getValueCount()];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            ids.advanceExact(doc);
            nps.advanceExact(doc);
            sentiment.advanceExact(doc);
            at.advanceExact(doc);
            long answer = nps.longValue();
            int length = lengths != null && lengths.advanceExact(doc) ? (int) lengths.longValue() : UNKNOWN_LENGTH;
            Mention mention = new Mention(ids.binaryValue().utf8ToString(),
                    answer == NO_NPS ? null : (short) answer, Double.longBitsToDouble(sentiment.longValue()),
                    at.longValue(), scored ? scorer.score() : 0, sentences, doc, length);
            if (scopes) {
                mentions.accept(nameOf(regions, regionNames, doc), nameOf(touchpoints, touchpointNames, doc), mention);
            } else {
                mentions.accept(null, null, mention);
            }
        }

        private static String nameOf(SortedDocValues values, String[] names, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return null;
            }
            int ord = values.ordValue();
            if (names[ord] == null) {
                names[ord] = values.lookupOrd(ord).utf8ToString();
            }
            return names[ord];
        }

        @Override
        public ScoreMode scoreMode() {
            // Scores pick a theme's best-matching quote; the sentiment and counts need none.
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
