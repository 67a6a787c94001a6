package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.THEME_MEASURE;

import io.touchstone.kpi.ResponseTallies;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.ThemeMeasureRecord;
import io.touchstone.system.Millis;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.RunParallelism;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Mines the texts of the reporting period — survey comments, posts about every brand, employee
 * feedback — and, for the survey comments, the prior period (for the change) and the 8 periods
 * before (the baseline an emerging theme is measured against). Indexes their sentences with
 * their sentiment ({@link SentenceIndexer}) — the lexicon blended with what tonight learned from
 * the customers' own scores ({@link DomainSentimentLearner}) — then stores every theme's measures for the company,
 * each region and each touchpoint ({@link ThemeMeasures}) and per text its sentiment and themes
 * ({@link MinedCommentWriter}).
 *
 * <p>Texts stream from the database; only the period's per-text results are held in memory.
 * Re-mining a period replaces what an earlier run stored for it.
 */
@Component
public final class ThemeMiningTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ThemeMiningTasklet.class);

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;
    private final TextFeeds feeds;
    private final SentimentScorer scorer;
    private final KnownBrands brands;
    private final ThemeMeasures measures;
    private final TextThemes textThemes;
    private final MinedCommentWriter comments;
    private final DomainSentimentLearner learner;
    private final RunParallelism parallelism;

    public ThemeMiningTasklet(DSLContext dsl, TouchstoneProperties properties, CommentAnalyzers analyzers,
            ThemeTaxonomy taxonomy, SentimentScorer scorer, ResponseTallies tallies, TextFeeds feeds,
            KnownBrands brands, DomainSentimentLearner learner, RunParallelism parallelism) {
        this.learner = learner;
        this.parallelism = parallelism;
        this.dsl = dsl;
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
        this.scorer = scorer;
        this.brands = brands;
        this.measures = new ThemeMeasures(taxonomy, tallies, feeds, properties.ownBrand());
        this.textThemes = new TextThemes(taxonomy);
        this.comments = new MinedCommentWriter(dsl, taxonomy.version());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        MiningWindow window = MiningWindow.of(run.period(), properties.reporting().timeZone());
        Map<String, MinedFeed> mined;
        List<ThemeMeasureRecord> themeMeasures;
        Map<String, Map<String, SortedSet<String>>> themesByFeed = new HashMap<>();
        try (CommentIndex index = CommentIndex.open(properties.touchstoneHome().commentIndex(), analyzers)) {
            // Names are read tonight: a competitor first seen in tonight's posts is a name too.
            BrandNames names = brands.names();
            long start = System.nanoTime();
            TextSentiment sentiment = learner.learn(run, window.current(), names, scorer.ignoring(names));
            long learned = System.nanoTime();
            try (SentenceIndexer indexer = new SentenceIndexer(feeds, sentiment, properties.ownBrand(),
                    parallelism.parallelism())) {
                mined = indexWindow(index, window, indexer);
            }
            long indexed = System.nanoTime();
            ThemeSearch search = new ThemeSearch(index, taxonomy);
            themeMeasures = measures.of(search, run, window, mined.get(TextFeeds.RESPONSES));
            for (String feed : TextFeeds.ALL) {
                themesByFeed.put(feed, textThemes.of(search, feed, mined.get(feed).brands(), window.current()));
            }
            long searched = System.nanoTime();
            ReportingPeriod period = run.period();
            PeriodRows.of(dsl, THEME_MEASURE, THEME_MEASURE.PERIOD_KIND, THEME_MEASURE.PERIOD)
                    .replace(period.kind().code(), period.label(), themeMeasures);
            for (String feed : TextFeeds.ALL) {
                comments.write(run, feed, mined.get(feed).sentiment(), themesByFeed.get(feed));
            }
            // Where a slow night's mining went, for whoever tunes it.
            log.info("Theme mining of {}: learned the domain words in {} ms, indexed in {} ms, searched the themes in {} ms,"
                    + " stored the results in {} ms", period.label(), Millis.between(start, learned),
                    Millis.between(learned, indexed), Millis.between(indexed, searched),
                    Millis.between(searched, System.nanoTime()));
        }
        contribution.incrementWriteCount((int) mined.values().stream().mapToLong(MinedFeed::texts).sum());
        return RepeatStatus.FINISHED;
    }


    /**
     * Indexes the settled baseline periods not yet in the index, then the prior period's survey
     * comments and every feed of the reporting period again, and commits once.
     */
    private static Map<String, MinedFeed> indexWindow(CommentIndex index, MiningWindow window, SentenceIndexer indexer)
            throws IOException {
        // Counted before anything is indexed: each count opens a reader, which would flush what was added.
        List<TimeRange> missing = new ArrayList<>();
        for (TimeRange settled : window.settledPeriods()) {
            if (index.count(TextFeeds.RESPONSES, settled.from(), settled.before()) == 0) {
                missing.add(settled);
            }
        }
        for (TimeRange settled : missing) {
            indexer.indexForSearch(index, TextFeeds.RESPONSES, settled);
        }
        indexer.indexForSearch(index, TextFeeds.RESPONSES, window.prior());
        Map<String, MinedFeed> mined = new HashMap<>();
        for (String feed : TextFeeds.ALL) {
            mined.put(feed, indexer.index(index, feed, window.current()));
        }
        index.commit();
        return mined;
    }
}
