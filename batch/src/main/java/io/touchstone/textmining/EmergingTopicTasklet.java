package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.EMERGING_TOPIC;
import static io.touchstone.sql.generated.Tables.RESPONSE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.EmergingTopicRecord;
import io.touchstone.system.Decimals;
import io.touchstone.system.Millis;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.RunParallelism;
import io.touchstone.system.StreamingReads;
import io.touchstone.system.TouchstoneProperties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Finds the phrases customers suddenly use, in their own words: those used by a significantly
 * larger share of this period's commenting customers than of the 8 periods' before (Dunning's
 * G², p < 0.001, at least 10 customers), each as most customers wrote it with one scrubbed
 * sentence as its example, and marks the ones a theme of the taxonomy already covers — so "a new
 * issue nobody has a theme for yet" stands out.
 *
 * <p>Three streams over the own brand's comments, each grouped by customer so a customer counts
 * once: this period's, counting every phrase; the baseline's, counting only the phrases enough
 * customers used this period (which bounds memory however long the baseline); and this period's
 * again, for how the picked phrases were written and which of them one sentence tells together.
 */
@Component
public final class EmergingTopicTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EmergingTopicTasklet.class);
    private static final int KEPT = 15;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;
    private final StreamingReads streaming;
    private final RunParallelism parallelism;

    public EmergingTopicTasklet(DSLContext dsl, TouchstoneProperties properties, CommentAnalyzers analyzers,
            ThemeTaxonomy taxonomy, StreamingReads streaming, RunParallelism parallelism) {
        this.dsl = dsl;
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
        this.streaming = streaming;
        this.parallelism = parallelism;
    }

    /** Receives one comment of one customer. */
    @FunctionalInterface
    private interface CommentReader {
        void add(String customer, Analyzer analyzer, String comment);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        MiningWindow window = MiningWindow.of(period, properties.reporting().timeZone());
        long start = System.nanoTime();
        PhraseCounter current = PhraseCounter.all();
        read(window.current(), current::add);
        Set<String> candidates = new HashSet<>();
        current.counts().forEach((key, count) -> {
            if (count.voices() >= LogLikelihood.MINIMUM_MENTIONS) {
                candidates.add(key);
            }
        });
        long counted = System.nanoTime();
        // The baseline holds several periods' comments, most of this step's work: counted on the
        // run's threads (exactly as on one, see CustomersSharedOut).
        PhraseCounter baseline;
        try (CustomersSharedOut shared = new CustomersSharedOut(() -> PhraseCounter.only(candidates),
                parallelism.parallelism())) {
            read(window.baseline(), shared::add);
            baseline = shared.total();
        }
        long compared = System.nanoTime();
        // Twice as many as are kept, since some turn out to tell the same story in one sentence.
        List<EmergingPhrases.Found> found = EmergingPhrases.find(current, baseline, LogLikelihood.MINIMUM_MENTIONS,
                2 * KEPT);
        PhraseExamples examples = new PhraseExamples(found.stream().map(EmergingPhrases.Found::key)
                .collect(Collectors.toSet()));
        read(window.current(), examples::add);
        log.info("Emerging topics of {}: counted this period's phrases in {} ms, the baseline's in {} ms, found their"
                + " examples in {} ms", period.label(), Millis.between(start, counted),
                Millis.between(counted, compared), Millis.between(compared, System.nanoTime()));
        List<EmergingTopicRecord> strongest = new ArrayList<>();
        for (EmergingPhrases.Found phrase : EmergingPhrases.apart(found, examples::together, KEPT)) {
            PhraseExamples.Written written = examples.commonest(phrase.key());
            if (written == null) {
                continue; // its comments were deleted between the streams: nothing left to quote
            }
            strongest.add(new EmergingTopicRecord()
                    .setPeriodKind(period.kind().code())
                    .setPeriod(period.label())
                    .setTerm(written.surface())
                    .setComments(phrase.comments())
                    .setBaseline(phrase.baseline())
                    .setShare(Decimals.fourPlaces(phrase.share()))
                    .setBaselineShare(Decimals.fourPlaces(phrase.baselineShare()))
                    .setG2(Decimals.fourPlaces(phrase.g2()))
                    .setKnownTheme(knownTheme(written.surface()))
                    .setCustomers(phrase.customers())
                    .setExample(written.example())
                    .setRunId(run.runId()));
        }
        PeriodRows.of(dsl, EMERGING_TOPIC, EMERGING_TOPIC.PERIOD_KIND, EMERGING_TOPIC.PERIOD)
                .replace(period.kind().code(), period.label(), strongest);
        contribution.incrementWriteCount(strongest.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Streams the own brand's comments in a time range to {@code reader}, grouped by customer: the
     * customer id, or the response for an answer without one.
     */
    private void read(TimeRange range, CommentReader reader) {
        Field<String> customer = DSL.coalesce(RESPONSE.CUSTOMER_ID, DSL.inline("response ").concat(RESPONSE.RESPONSE_ID));
        try (var comments = streaming.open(dsl.select(customer, RESPONSE.LANGUAGE, RESPONSE.COMMENT)
                .from(RESPONSE)
                .where(RESPONSE.RESPONDED_AT.ge(range.from()).and(RESPONSE.RESPONDED_AT.lt(range.before())))
                .and(RESPONSE.BRAND.eq(properties.ownBrand()))
                .and(RESPONSE.COMMENT.isNotNull())
                .orderBy(customer, RESPONSE.RESPONDED_AT, RESPONSE.RESPONSE_ID))) {
            for (var comment : comments) {
                reader.add(comment.value1(), analyzers.forLanguage(comment.value2()), comment.value3());
            }
        }
    }

    /** The first theme whose query matches the phrase on its own, or {@code null}: nobody has a theme for it. */
    private String knownTheme(String term) {
        MemoryIndex text = new MemoryIndex();
        text.addField(CommentAnalyzers.field(CommentAnalyzers.DEFAULT_LANGUAGE), term,
                analyzers.forLanguage(CommentAnalyzers.DEFAULT_LANGUAGE));
        for (Theme theme : taxonomy.themes()) {
            if (text.search(taxonomy.queryOf(theme.code())) > 0) {
                return theme.code();
            }
        }
        return null;
    }
}
