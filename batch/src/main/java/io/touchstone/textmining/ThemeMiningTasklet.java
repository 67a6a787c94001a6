package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;

import io.touchstone.job.NightlyRun;
import io.touchstone.kpi.ResponseTallies;
import io.touchstone.kpi.Scope;
import io.touchstone.kpi.ScopeTally;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.sql.generated.tables.records.CommentMiningRecord;
import io.touchstone.sql.generated.tables.records.ThemeMeasureRecord;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Mines the own brand's survey comments of the reporting period (with the prior period, for the
 * change, and the 8 periods before it, the baseline an emerging theme is measured against):
 * splits them into sentences, scores each sentence's sentiment, indexes them, runs every
 * theme's query, and stores per comment its sentiment and themes and per theme THEME_VOLUME,
 * THEME_SHARE, THEME_SENTIMENT, THEME_NPS_IMPACT and whether it is emerging (G² against the
 * baseline).
 *
 * <p>Comments stream from the database; only the period's per-comment results are held in
 * memory. Re-mining a period replaces what an earlier run stored for it.
 */
@Component
public final class ThemeMiningTasklet implements Tasklet {

    public static final String FEED = "responses";
    /** Periods before the reporting period that a theme's or term's share is compared with. */
    static final int BASELINE_PERIODS = 8;
    /** Mentions a theme or term needs this period before it can count as emerging. */
    static final int MINIMUM_MENTIONS = 10;
    private static final int BATCH = 1000;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;
    private final SentimentScorer scorer;
    private final ResponseTallies tallies;

    public ThemeMiningTasklet(DSLContext dsl, TouchstoneProperties properties, CommentAnalyzers analyzers,
            ThemeTaxonomy taxonomy, SentimentScorer scorer, ResponseTallies tallies) {
        this.dsl = dsl;
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
        this.scorer = scorer;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        ZoneId zone = properties.reporting().timeZone();
        Map<String, Double> commentSentiment = new HashMap<>();
        Map<String, Long> previousVolumes = new HashMap<>();
        List<ThemeMeasureRecord> measures = new ArrayList<>();
        Map<String, TreeSet<String>> themesByComment = new HashMap<>();
        List<ReportingPeriod> baseline = period.trend(BASELINE_PERIODS + 1).subList(0, BASELINE_PERIODS);
        OffsetDateTime baselineFrom = baseline.get(0).startsAt(zone);
        OffsetDateTime baselineBefore = period.startsAt(zone);
        try (CommentIndex index = CommentIndex.open(properties.touchstoneHome().commentIndex(), analyzers)) {
            // The baseline is indexed once and kept; the latest two periods are re-mined every run
            // because late deliveries land there.
            for (ReportingPeriod older : baseline.subList(0, BASELINE_PERIODS - 1)) {
                if (index.count(FEED, older.startsAt(zone), older.endsBefore(zone)) == 0) {
                    index(index, older, zone, null);
                }
            }
            index(index, period.prior(), zone, null);
            long comments = index(index, period, zone, commentSentiment);
            index.commit();
            long baselineComments = commentsBetween(baselineFrom, baselineBefore);
            ScopeTally company = companyTally(period, zone);
            for (Theme theme : taxonomy.themes()) {
                ThemeTally previous = search(index, theme, period.prior(), zone);
                previousVolumes.put(theme.code(), previous.volume());
                ThemeTally current = search(index, theme, period, zone);
                for (String comment : current.comments()) {
                    themesByComment.computeIfAbsent(comment, id -> new TreeSet<>()).add(theme.code());
                }
                long baselineVolume = search(index, theme, baselineFrom, baselineBefore).volume();
                boolean emerging = LogLikelihood.emerging(current.volume(), comments, baselineVolume, baselineComments,
                        MINIMUM_MENTIONS);
                measures.add(measure(run, theme, current, previous.volume(), comments, company, emerging));
            }
        }
        dsl.deleteFrom(THEME_MEASURE)
                .where(THEME_MEASURE.PERIOD_KIND.eq(period.kind().code()).and(THEME_MEASURE.PERIOD.eq(period.label())))
                .execute();
        dsl.batchInsert(measures).execute();
        storeComments(run, commentSentiment, themesByComment);
        contribution.incrementWriteCount(commentSentiment.size());
        return RepeatStatus.FINISHED;
    }

    /** Indexes a period's comments again; returns how many there were. */
    private long index(CommentIndex index, ReportingPeriod period, ZoneId zone, Map<String, Double> scores)
            throws IOException {
        OffsetDateTime from = period.startsAt(zone);
        OffsetDateTime before = period.endsBefore(zone);
        index.deleteRange(FEED, from, before);
        long comments = 0;
        try (Cursor<Record6<String, OffsetDateTime, String, String, Short, String>> cursor = dsl
                .select(RESPONSE.RESPONSE_ID, RESPONSE.RESPONDED_AT, RESPONSE.BRAND, RESPONSE.LANGUAGE, RESPONSE.NPS,
                        RESPONSE.COMMENT)
                .from(RESPONSE)
                .where(RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before)))
                .and(RESPONSE.BRAND.eq(properties.ownBrand()))
                .and(RESPONSE.COMMENT.isNotNull())
                .fetchSize(2000)
                .fetchLazy()) {
            for (var row : cursor) {
                comments++;
                double sum = 0;
                List<String> sentences = Sentences.of(row.value6());
                for (String sentence : sentences) {
                    double sentiment = scorer.score(sentence);
                    sum += sentiment;
                    index.addSentence(FEED, row.value1(), row.value3(), row.value4(), row.value2(), row.value5(),
                            sentence, sentiment);
                }
                if (scores != null) {
                    scores.put(row.value1(), sentences.size() <= 1 ? sum : scorer.score(row.value6()));
                }
            }
        }
        return comments;
    }

    private ThemeTally search(CommentIndex index, Theme theme, ReportingPeriod period, ZoneId zone) {
        return search(index, theme, period.startsAt(zone), period.endsBefore(zone));
    }

    private ThemeTally search(CommentIndex index, Theme theme, OffsetDateTime from, OffsetDateTime before) {
        ThemeTally tally = new ThemeTally();
        try {
            index.search(taxonomy.queryOf(theme.code()), FEED, properties.ownBrand(), from, before, tally::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the comment index for theme " + theme.code(), e);
        }
        return tally;
    }

    private long commentsBetween(OffsetDateTime from, OffsetDateTime before) {
        return dsl.fetchCount(RESPONSE, RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before))
                .and(RESPONSE.BRAND.eq(properties.ownBrand())).and(RESPONSE.COMMENT.isNotNull()));
    }

    private ScopeTally companyTally(ReportingPeriod period, ZoneId zone) {
        Scope company = Scope.company(properties.ownBrand());
        return tallies.tally(period.startsAt(zone), period.endsBefore(zone)).stream()
                .filter(tally -> tally.scope().equals(company))
                .findFirst()
                .orElse(null);
    }

    private ThemeMeasureRecord measure(NightlyRun run, Theme theme, ThemeTally current, long previousVolume,
            long comments, ScopeTally company, boolean emerging) {
        Double impact = company == null ? null
                : current.npsImpact(company.npsAnswers(), company.promoters(), company.detractors());
        return new ThemeMeasureRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setTheme(theme.code())
                .setLabel(theme.label())
                .setCategory(theme.category())
                .setVolume(current.volume())
                .setShare(comments == 0 ? null : decimal(100.0 * current.volume() / comments))
                .setSentiment(decimal(current.meanSentiment()))
                .setNpsImpact(decimal(impact))
                .setPriorVolume(previousVolume)
                .setChange(current.volume() - previousVolume)
                .setEmerging(emerging)
                .setQuote(current.quotes(1, impact).stream().findFirst().orElse(null))
                .setTaxonomyVersion(taxonomy.version())
                .setRunId(run.runId());
    }

    private void storeComments(NightlyRun run, Map<String, Double> sentiment, Map<String, TreeSet<String>> themes) {
        List<CommentMiningRecord> batch = new ArrayList<>(BATCH);
        for (Map.Entry<String, Double> comment : sentiment.entrySet()) {
            batch.add(new CommentMiningRecord()
                    .setFeed(FEED)
                    .setSourceId(comment.getKey())
                    .setSentiment(decimal(comment.getValue()))
                    .setSentimentLabel(SentimentScorer.label(comment.getValue()))
                    .setThemes(String.join(";", themes.getOrDefault(comment.getKey(), new TreeSet<>())))
                    .setTaxonomyVersion(taxonomy.version())
                    .setRunId(run.runId()));
            if (batch.size() == BATCH) {
                upsert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            upsert(batch);
        }
    }

    private void upsert(List<CommentMiningRecord> rows) {
        var insert = dsl.insertInto(COMMENT_MINING, COMMENT_MINING.FEED, COMMENT_MINING.SOURCE_ID,
                COMMENT_MINING.SENTIMENT, COMMENT_MINING.SENTIMENT_LABEL, COMMENT_MINING.THEMES,
                COMMENT_MINING.TAXONOMY_VERSION, COMMENT_MINING.RUN_ID);
        for (CommentMiningRecord row : rows) {
            insert = insert.values(row.getFeed(), row.getSourceId(), row.getSentiment(), row.getSentimentLabel(),
                    row.getThemes(), row.getTaxonomyVersion(), row.getRunId());
        }
        insert.onConflict(COMMENT_MINING.FEED, COMMENT_MINING.SOURCE_ID)
                .doUpdate()
                .set(COMMENT_MINING.SENTIMENT, org.jooq.impl.DSL.excluded(COMMENT_MINING.SENTIMENT))
                .set(COMMENT_MINING.SENTIMENT_LABEL, org.jooq.impl.DSL.excluded(COMMENT_MINING.SENTIMENT_LABEL))
                .set(COMMENT_MINING.THEMES, org.jooq.impl.DSL.excluded(COMMENT_MINING.THEMES))
                .set(COMMENT_MINING.TAXONOMY_VERSION, org.jooq.impl.DSL.excluded(COMMENT_MINING.TAXONOMY_VERSION))
                .set(COMMENT_MINING.RUN_ID, org.jooq.impl.DSL.excluded(COMMENT_MINING.RUN_ID))
                .execute();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
