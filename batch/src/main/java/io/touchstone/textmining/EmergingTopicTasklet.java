package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.EMERGING_TOPIC;
import static io.touchstone.sql.generated.Tables.RESPONSE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.EmergingTopicRecord;
import io.touchstone.system.Decimals;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.StreamingReads;
import io.touchstone.system.TouchstoneProperties;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Finds the terms and two-word phrases customers suddenly use: those whose share of comments
 * this period is significantly above their share in the 8 periods before (Dunning's G², p <
 * 0.001, at least 10 comments), and marks the ones a theme of the taxonomy already covers — so
 * "a new issue nobody has a theme for yet" stands out.
 */
@Component
public final class EmergingTopicTasklet implements Tasklet {

    private static final int KEPT = 15;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;
    private final StreamingReads streaming;

    public EmergingTopicTasklet(DSLContext dsl, TouchstoneProperties properties, CommentAnalyzers analyzers,
            ThemeTaxonomy taxonomy, StreamingReads streaming) {
        this.dsl = dsl;
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
        this.streaming = streaming;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        MiningWindow window = MiningWindow.of(period, properties.reporting().timeZone());
        OffsetDateTime periodFrom = window.current().from();
        TermCounter current = new TermCounter();
        TermCounter baseline = new TermCounter();
        try (var comments = streaming.open(dsl.select(RESPONSE.RESPONDED_AT, RESPONSE.LANGUAGE, RESPONSE.COMMENT)
                .from(RESPONSE)
                .where(RESPONSE.RESPONDED_AT.ge(window.baseline().from())
                        .and(RESPONSE.RESPONDED_AT.lt(window.current().before())))
                .and(RESPONSE.BRAND.eq(properties.ownBrand()))
                .and(RESPONSE.COMMENT.isNotNull()))) {
            for (var comment : comments) {
                (comment.value1().isBefore(periodFrom) ? baseline : current)
                        .add(analyzers.forLanguage(comment.value2()), comment.value3());
            }
        }
        List<EmergingTopicRecord> strongest = new ArrayList<>();
        for (EmergingTerms.Found found : EmergingTerms.find(current, baseline, LogLikelihood.MINIMUM_MENTIONS,
                KEPT)) {
            strongest.add(new EmergingTopicRecord()
                    .setPeriodKind(period.kind().code())
                    .setPeriod(period.label())
                    .setTerm(found.term())
                    .setComments(found.comments())
                    .setBaseline(found.baseline())
                    .setShare(Decimals.fourPlaces(found.share()))
                    .setBaselineShare(Decimals.fourPlaces(found.baselineShare()))
                    .setG2(Decimals.fourPlaces(found.g2()))
                    .setRunId(run.runId()));
        }
        strongest.forEach(topic -> topic.setKnownTheme(knownTheme(topic.getTerm())));
        PeriodRows.of(dsl, EMERGING_TOPIC, EMERGING_TOPIC.PERIOD_KIND, EMERGING_TOPIC.PERIOD)
                .replace(period.kind().code(), period.label(), strongest);
        contribution.incrementWriteCount(strongest.size());
        return RepeatStatus.FINISHED;
    }

    /** The first theme whose query matches the term on its own, or {@code null}: nobody has a theme for it. */
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
