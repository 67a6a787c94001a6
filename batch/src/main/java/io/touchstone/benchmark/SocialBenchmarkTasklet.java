package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.PostCriticism;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The social benchmark of the reporting period, per brand with posts: how many, the share of
 * voice, the net sentiment (both worked out from {@link PostTallies}) and the themes the brand
 * is most criticised for ({@link PostCriticism}). Runs after theme mining, whose sentiment
 * labels and sentence index it reads; re-running replaces the period's rows.
 */
@Component
final class SocialBenchmarkTasklet implements Tasklet {

    /** How many of a brand's most criticised themes are kept. */
    private static final int CRITICISED_THEMES = 3;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final PostTallies tallies;
    private final PostCriticism criticism;

    SocialBenchmarkTasklet(DSLContext dsl, TouchstoneProperties properties, PostTallies tallies,
            PostCriticism criticism) {
        this.dsl = dsl;
        this.properties = properties;
        this.tallies = tallies;
        this.criticism = criticism;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        ZoneId zone = properties.reporting().timeZone();
        OffsetDateTime from = period.startsAt(zone);
        OffsetDateTime before = period.endsBefore(zone);
        List<PostTally> brands = tallies.tally(from, before);
        long allPosts = brands.stream().mapToLong(PostTally::posts).sum();
        Map<String, List<String>> criticised = mostCriticised(
                criticism.of(brands.stream().map(PostTally::brand).toList(), from, before));
        List<SocialBenchmarkRecord> rows = brands.stream()
                .map(brand -> new SocialBenchmarkRecord()
                        .setPeriodKind(period.kind().code())
                        .setPeriod(period.label())
                        .setBrand(brand.brand())
                        .setPosts(brand.posts())
                        .setShareOfVoice(brand.shareOfVoice(allPosts))
                        .setNetSentiment(brand.netSentiment())
                        .setPositivePosts(brand.positive())
                        .setNegativePosts(brand.negative())
                        .setCriticisedThemes(String.join(";", criticised.getOrDefault(brand.brand(), List.of())))
                        .setRunId(run.runId()))
                .toList();
        PeriodRows.of(dsl, SOCIAL_BENCHMARK, SOCIAL_BENCHMARK.PERIOD_KIND, SOCIAL_BENCHMARK.PERIOD)
                .replace(period.kind().code(), period.label(), rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    /** Per brand its most criticised themes, most negative sentences first, ties in theme order. */
    static Map<String, List<String>> mostCriticised(List<PostCriticism.Criticism> criticism) {
        return criticism.stream().collect(Collectors.groupingBy(PostCriticism.Criticism::brand,
                Collectors.collectingAndThen(Collectors.toList(), themes -> themes.stream()
                        .sorted(Comparator.comparingLong(PostCriticism.Criticism::negativeSentences).reversed()
                                .thenComparing(PostCriticism.Criticism::theme))
                        .limit(CRITICISED_THEMES)
                        .map(PostCriticism.Criticism::theme)
                        .toList())));
    }
}
