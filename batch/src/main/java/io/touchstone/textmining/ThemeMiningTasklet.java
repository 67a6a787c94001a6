package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;

import io.touchstone.kpi.ResponseTallies;
import io.touchstone.kpi.Scope;
import io.touchstone.kpi.ScopeTally;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.ScopeNames;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.CommentMiningRecord;
import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.sql.generated.tables.records.ThemeMeasureRecord;
import io.touchstone.system.MultiRowUpsert;
import io.touchstone.system.PeriodRows;
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
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Mines the texts of the reporting period — survey comments, posts about every brand, employee
 * feedback — and, for the survey comments, the prior period (for the change) and the 8 periods
 * before (the baseline an emerging theme is measured against). Splits texts into sentences,
 * scores each sentence's sentiment, indexes them, runs every theme's query, and stores:
 * <ul>
 * <li>per text its sentiment and themes;</li>
 * <li>per theme THEME_VOLUME, THEME_SHARE, THEME_SENTIMENT, THEME_NPS_IMPACT, the change, whether
 *     it is emerging, a quote, what employees say about it and SHARED_FRUSTRATION — for the
 *     company and again per region and per touchpoint;</li>
 * <li>per brand the social benchmark: posts, share of voice, net sentiment, most criticised themes.</li>
 * </ul>
 * Texts stream from the database; only the period's per-text results are held in memory.
 * Re-mining a period replaces what an earlier run stored for it.
 */
@Component
public final class ThemeMiningTasklet implements Tasklet {

    public static final String FEED = TextFeeds.RESPONSES;
    /** Periods before the reporting period that a theme's or term's share is compared with. */
    static final int BASELINE_PERIODS = 8;
    /** Mentions a theme or term needs this period before it can count as emerging. */
    static final int MINIMUM_MENTIONS = 10;
    /** Employee remarks on a theme before a shared frustration is claimed. */
    static final int MINIMUM_EMPLOYEE_MENTIONS = 3;
    private static final int CRITICISED_THEMES = 3;
    private static final int BATCH = 1000;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;
    private final SentimentScorer scorer;
    private final ResponseTallies tallies;
    private final TextFeeds feeds;

    public ThemeMiningTasklet(DSLContext dsl, TouchstoneProperties properties, CommentAnalyzers analyzers,
            ThemeTaxonomy taxonomy, SentimentScorer scorer, ResponseTallies tallies, TextFeeds feeds) {
        this.dsl = dsl;
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
        this.scorer = scorer;
        this.tallies = tallies;
        this.feeds = feeds;
    }

    /** What one feed's texts of the period came to: per text its sentiment, per brand its counts. */
    private static final class PeriodTexts {
        final Map<String, Double> sentiment = new HashMap<>();
        final Map<String, long[]> byBrand = new TreeMap<>();
        final Map<String, Long> byRegion = new TreeMap<>();
        final Map<String, Long> byTouchpoint = new TreeMap<>();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        ZoneId zone = properties.reporting().timeZone();
        String ownBrand = properties.ownBrand();
        List<ReportingPeriod> baseline = period.trend(BASELINE_PERIODS + 1).subList(0, BASELINE_PERIODS);
        OffsetDateTime baselineFrom = baseline.get(0).startsAt(zone);
        OffsetDateTime from = period.startsAt(zone);
        OffsetDateTime before = period.endsBefore(zone);
        Map<String, PeriodTexts> texts = new HashMap<>();
        Map<String, TreeSet<String>> themesByText = new HashMap<>();
        List<ThemeMeasureRecord> measures = new ArrayList<>();
        List<SocialBenchmarkRecord> social = new ArrayList<>();
        try (CommentIndex index = CommentIndex.open(properties.touchstoneHome().commentIndex(), analyzers)) {
            // The baseline is indexed once and kept; the latest two periods are re-mined every run
            // because late deliveries land there.
            for (ReportingPeriod older : baseline.subList(0, BASELINE_PERIODS - 1)) {
                if (index.count(FEED, older.startsAt(zone), older.endsBefore(zone)) == 0) {
                    index(index, FEED, older.startsAt(zone), older.endsBefore(zone), new PeriodTexts());
                }
            }
            index(index, FEED, period.prior().startsAt(zone), period.prior().endsBefore(zone), new PeriodTexts());
            for (String feed : TextFeeds.ALL) {
                texts.put(feed, index(index, feed, from, before, new PeriodTexts()));
            }
            index.commit();

            long comments = texts.get(FEED).sentiment.size();
            long baselineComments = feeds.commentCount(ownBrand, baselineFrom, from);
            Map<Scope, ScopeTally> scopes = new HashMap<>();
            tallies.tally(from, before).forEach(tally -> scopes.put(tally.scope(), tally));
            ScopeTally company = scopes.get(Scope.company(ownBrand));
            for (Theme theme : taxonomy.themes()) {
                ThemeTally current = search(index, theme, FEED, ownBrand, from, before);
                ThemeTally previous = search(index, theme, FEED, ownBrand, period.prior().startsAt(zone),
                        period.prior().endsBefore(zone));
                ThemeTally employees = search(index, theme, TextFeeds.EMPLOYEE, ownBrand, from, before);
                long baselineVolume = search(index, theme, FEED, ownBrand, baselineFrom, from).volume();
                remember(themesByText, FEED, current, theme);
                remember(themesByText, TextFeeds.EMPLOYEE, employees, theme);
                measures.add(measure(run, Scope.company(ownBrand), theme, current, previous.volume(), comments, company,
                        employees, LogLikelihood.emerging(current.volume(), comments, baselineVolume, baselineComments,
                                MINIMUM_MENTIONS)));
            }
            PeriodTexts surveyed = texts.get(FEED);
            for (Map.Entry<String, Long> region : surveyed.byRegion.entrySet()) {
                Scope scope = new Scope(ownBrand, region.getKey(), ScopeNames.ALL);
                measures.addAll(scopeMeasures(index, run, scope, region.getValue(), scopes.get(scope), zone));
            }
            for (Map.Entry<String, Long> touchpoint : surveyed.byTouchpoint.entrySet()) {
                Scope scope = new Scope(ownBrand, ScopeNames.ALL, touchpoint.getKey());
                measures.addAll(scopeMeasures(index, run, scope, touchpoint.getValue(), scopes.get(scope), zone));
            }
            PeriodTexts posts = texts.get(TextFeeds.POSTS);
            long allPosts = posts.sentiment.size();
            for (Map.Entry<String, long[]> brand : posts.byBrand.entrySet()) {
                Map<String, Long> criticism = new HashMap<>();
                for (Theme theme : taxonomy.themes()) {
                    ThemeTally mentions = search(index, theme, TextFeeds.POSTS, brand.getKey(), from, before);
                    remember(themesByText, TextFeeds.POSTS, mentions, theme);
                    if (mentions.negativeSentences() > 0) {
                        criticism.put(theme.code(), mentions.negativeSentences());
                    }
                }
                social.add(socialRow(run, brand.getKey(), brand.getValue(), allPosts, criticism));
            }
        }
        store(run, measures, social);
        for (String feed : TextFeeds.ALL) {
            storeTexts(run, feed, texts.get(feed).sentiment, themesByText);
        }
        contribution.incrementWriteCount(texts.values().stream().mapToInt(mined -> mined.sentiment.size()).sum());
        return RepeatStatus.FINISHED;
    }

    /** Indexes one feed's texts of a time range again, scoring every sentence. */
    private PeriodTexts index(CommentIndex index, String feed, OffsetDateTime from, OffsetDateTime before,
            PeriodTexts mined) throws IOException {
        index.deleteRange(feed, from, before);
        feeds.forEach(feed, properties.ownBrand(), from, before, text -> {
            double sum = 0;
            List<String> sentences = Sentences.of(text.text());
            for (String sentence : sentences) {
                double sentiment = scorer.score(sentence);
                sum += sentiment;
                try {
                    index.addSentence(feed, text.id(), text.brand(), text.region(), text.touchpoint(), text.language(),
                            text.at(), text.nps(), sentence, sentiment);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot index " + feed + " " + text.id(), e);
                }
            }
            double score = sentences.size() <= 1 ? sum : scorer.score(text.text());
            mined.sentiment.put(text.id(), score);
            if (text.region() != null) {
                mined.byRegion.merge(text.region(), 1L, Long::sum);
            }
            if (text.touchpoint() != null) {
                mined.byTouchpoint.merge(text.touchpoint(), 1L, Long::sum);
            }
            long[] counts = mined.byBrand.computeIfAbsent(text.brand(), brand -> new long[3]);
            counts[0]++;
            counts[1] += score >= SentimentScorer.THRESHOLD ? 1 : 0;
            counts[2] += score <= -SentimentScorer.THRESHOLD ? 1 : 0;
        });
        return mined;
    }

    private static void remember(Map<String, TreeSet<String>> themesByText, String feed, ThemeTally tally, Theme theme) {
        for (String id : tally.comments()) {
            themesByText.computeIfAbsent(feed + "\u0000" + id, key -> new TreeSet<>()).add(theme.code());
        }
    }

    /** Every theme's measures within one region or touchpoint (employee views and emergence stay company-wide). */
    private List<ThemeMeasureRecord> scopeMeasures(CommentIndex index, NightlyRun run, Scope scope, long comments,
            ScopeTally tally, ZoneId zone) {
        String region = scope.region().equals(ScopeNames.ALL) ? null : scope.region();
        String touchpoint = scope.touchpoint().equals(ScopeNames.ALL) ? null : scope.touchpoint();
        ReportingPeriod period = run.period();
        List<ThemeMeasureRecord> measures = new ArrayList<>();
        for (Theme theme : taxonomy.themes()) {
            ThemeTally current = search(index, theme, FEED, scope.brand(), region, touchpoint, period.startsAt(zone),
                    period.endsBefore(zone));
            ThemeTally previous = search(index, theme, FEED, scope.brand(), region, touchpoint,
                    period.prior().startsAt(zone), period.prior().endsBefore(zone));
            measures.add(measure(run, scope, theme, current, previous.volume(), comments, tally, new ThemeTally(),
                    false));
        }
        return measures;
    }

    private ThemeTally search(CommentIndex index, Theme theme, String feed, String brand, OffsetDateTime from,
            OffsetDateTime before) {
        return search(index, theme, feed, brand, null, null, from, before);
    }

    private ThemeTally search(CommentIndex index, Theme theme, String feed, String brand, String region,
            String touchpoint, OffsetDateTime from, OffsetDateTime before) {
        ThemeTally tally = new ThemeTally();
        try {
            index.search(taxonomy.queryOf(theme.code()), feed, brand, region, touchpoint, from, before, tally::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the comment index for theme " + theme.code(), e);
        }
        return tally;
    }

    private ThemeMeasureRecord measure(NightlyRun run, Scope scope, Theme theme, ThemeTally current,
            long previousVolume, long comments, ScopeTally company, ThemeTally employees, boolean emerging) {
        Double impact = company == null ? null
                : current.npsImpact(company.npsAnswers(), company.promoters(), company.detractors());
        Double customerSentiment = current.meanSentiment();
        Double employeeSentiment = employees.meanSentiment();
        boolean sharedFrustration = customerSentiment != null && customerSentiment <= -SentimentScorer.THRESHOLD
                && employees.volume() >= MINIMUM_EMPLOYEE_MENTIONS && employeeSentiment != null
                && employeeSentiment <= -SentimentScorer.THRESHOLD;
        return new ThemeMeasureRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setRegion(scope.region())
                .setTouchpoint(scope.touchpoint())
                .setTheme(theme.code())
                .setLabel(theme.label())
                .setCategory(theme.category())
                .setVolume(current.volume())
                .setShare(comments == 0 ? null : decimal(100.0 * current.volume() / comments))
                .setSentiment(decimal(customerSentiment))
                .setNpsImpact(decimal(impact))
                .setPriorVolume(previousVolume)
                .setChange(current.volume() - previousVolume)
                .setEmerging(emerging)
                .setQuote(current.quotes(1, impact).stream().findFirst().orElse(null))
                .setEmployeeVolume(employees.volume())
                .setEmployeeSentiment(decimal(employeeSentiment))
                .setSharedFrustration(sharedFrustration)
                .setTaxonomyVersion(taxonomy.version())
                .setRunId(run.runId());
    }

    /** Share of voice = 100 × brand posts / all posts; net sentiment = 100 × (positive − negative) / posts. */
    private static SocialBenchmarkRecord socialRow(NightlyRun run, String brand, long[] counts, long allPosts,
            Map<String, Long> criticism) {
        List<String> criticised = criticism.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CRITICISED_THEMES)
                .map(Map.Entry::getKey)
                .toList();
        return new SocialBenchmarkRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setBrand(brand)
                .setPosts(counts[0])
                .setShareOfVoice(decimal(100.0 * counts[0] / allPosts))
                .setNetSentiment(decimal(100.0 * (counts[1] - counts[2]) / counts[0]))
                .setCriticisedThemes(String.join(";", criticised))
                .setRunId(run.runId());
    }

    private void store(NightlyRun run, List<ThemeMeasureRecord> measures, List<SocialBenchmarkRecord> social) {
        ReportingPeriod period = run.period();
        PeriodRows.of(dsl, THEME_MEASURE, THEME_MEASURE.PERIOD_KIND, THEME_MEASURE.PERIOD)
                .replace(period.kind().code(), period.label(), measures);
        PeriodRows.of(dsl, SOCIAL_BENCHMARK, SOCIAL_BENCHMARK.PERIOD_KIND, SOCIAL_BENCHMARK.PERIOD)
                .replace(period.kind().code(), period.label(), social);
    }

    private void storeTexts(NightlyRun run, String feed, Map<String, Double> sentiment,
            Map<String, TreeSet<String>> themes) {
        List<CommentMiningRecord> batch = new ArrayList<>(BATCH);
        for (Map.Entry<String, Double> text : sentiment.entrySet()) {
            batch.add(new CommentMiningRecord()
                    .setFeed(feed)
                    .setSourceId(text.getKey())
                    .setSentiment(decimal(text.getValue()))
                    .setSentimentLabel(SentimentScorer.label(text.getValue()))
                    .setThemes(String.join(";", themes.getOrDefault(feed + "\u0000" + text.getKey(), new TreeSet<>())))
                    .setTaxonomyVersion(taxonomy.version())
                    .setRunId(run.runId()));
            if (batch.size() == BATCH) {
                MultiRowUpsert.upsert(dsl, COMMENT_MINING, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            MultiRowUpsert.upsert(dsl, COMMENT_MINING, batch);
        }
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
