package io.touchstone.publish;

import static io.touchstone.publish.KpiSection.number;
import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.reports.model.ScopeNames.INDUSTRY;
import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The rows of the Benchmarks sheet: the competitor gaps of the copy's scopes, then the social
 * benchmark from posts. The own brand's rank is computed in the database with
 * {@code rank() over (...)}: 1 plus the number of brands with a higher value, ties sharing a rank.
 */
@Component
final class BenchmarkSection {

    private static final Field<String> METRIC = field(name("metric"), String.class);
    private static final Field<String> REGION = field(name("region"), String.class);
    private static final Field<String> TOUCHPOINT = field(name("touchpoint"), String.class);
    private static final Field<Boolean> OWN = field(name("own"), Boolean.class);
    private static final Field<BigDecimal> SCORE = field(name("score"), BigDecimal.class);
    private static final Field<Integer> RANK = field(name("rank"), Integer.class);

    private final DSLContext dsl;
    private final TouchstoneProperties properties;

    BenchmarkSection(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    List<BenchmarkRow> rows(ReportingPeriod period, ReportScope scope) {
        List<BenchmarkRow> rows = new ArrayList<>(surveyRows(period, scope));
        rows.addAll(socialRows(period));
        return rows;
    }

    /**
     * Competitor gaps ordered by metric, then aggregates before parts, the industry last. The own
     * brand is ranked among the competitors with a value; a low base on either side is left out
     * of the ranking, and a low own base leaves the own brand unranked.
     */
    List<BenchmarkRow> surveyRows(ReportingPeriod period, ReportScope scope) {
        Table<?> ranks = ownRanks(period);
        Field<Integer> rank = ranks.field(RANK);
        return dsl.select(BENCHMARK_GAP.asterisk(), rank)
                .from(BENCHMARK_GAP)
                .leftJoin(ranks).on(ranks.field(METRIC).eq(BENCHMARK_GAP.METRIC)
                        .and(ranks.field(REGION).eq(BENCHMARK_GAP.REGION))
                        .and(ranks.field(TOUCHPOINT).eq(BENCHMARK_GAP.TOUCHPOINT)))
                .where(inPeriod(period)).and(scope.condition(BENCHMARK_GAP.REGION, BENCHMARK_GAP.TOUCHPOINT))
                .orderBy(BENCHMARK_GAP.METRIC, BENCHMARK_GAP.REGION.ne(ALL), BENCHMARK_GAP.REGION,
                        BENCHMARK_GAP.TOUCHPOINT.ne(ALL), BENCHMARK_GAP.TOUCHPOINT,
                        BENCHMARK_GAP.BRAND.eq(INDUSTRY), BENCHMARK_GAP.BRAND)
                .fetch(gap -> new BenchmarkRow(gap.get(BENCHMARK_GAP.BENCHMARK_PERIOD), gap.get(BENCHMARK_GAP.BRAND),
                        gap.get(BENCHMARK_GAP.REGION), gap.get(BENCHMARK_GAP.TOUCHPOINT),
                        Metric.fromCode(gap.get(BENCHMARK_GAP.METRIC)), gap.get(BENCHMARK_GAP.VALUE).doubleValue(),
                        gap.get(BENCHMARK_GAP.N), number(gap.get(BENCHMARK_GAP.OWN_VALUE)),
                        number(gap.get(BENCHMARK_GAP.GAP)), gap.get(BENCHMARK_GAP.GAP_SIGNIFICANT),
                        gap.get(rank), gap.get(BENCHMARK_GAP.SOURCE)));
    }

    /**
     * Per metric and scope, the own brand's rank: its value (stored on every gap row of the scope)
     * and each ranked competitor's are put side by side and ranked by value, highest first.
     */
    private Table<?> ownRanks(ReportingPeriod period) {
        int low = properties.base().low();
        Table<?> contenders = selectDistinct(BENCHMARK_GAP.METRIC.as(METRIC), BENCHMARK_GAP.REGION.as(REGION),
                        BENCHMARK_GAP.TOUCHPOINT.as(TOUCHPOINT), inline(true).as(OWN), BENCHMARK_GAP.OWN_VALUE.as(SCORE))
                .from(BENCHMARK_GAP)
                .where(inPeriod(period)).and(BENCHMARK_GAP.OWN_VALUE.isNotNull())
                .and(BENCHMARK_GAP.OWN_N.isNull().or(BENCHMARK_GAP.OWN_N.ge((long) low)))
                .unionAll(select(BENCHMARK_GAP.METRIC, BENCHMARK_GAP.REGION, BENCHMARK_GAP.TOUCHPOINT,
                        inline(false).as(OWN), BENCHMARK_GAP.VALUE.as(SCORE))
                        .from(BENCHMARK_GAP)
                        .where(inPeriod(period)).and(BENCHMARK_GAP.BRAND.ne(INDUSTRY))
                        .and(BENCHMARK_GAP.N.isNull().or(BENCHMARK_GAP.N.ge(low))))
                .asTable("contender");
        Table<?> ranked = select(contenders.field(METRIC), contenders.field(REGION), contenders.field(TOUCHPOINT),
                        contenders.field(OWN), rank().over()
                                .partitionBy(contenders.field(METRIC), contenders.field(REGION), contenders.field(TOUCHPOINT))
                                .orderBy(contenders.field(SCORE).desc()).as(RANK))
                .from(contenders)
                .asTable("ranked");
        return select(ranked.field(METRIC), ranked.field(REGION), ranked.field(TOUCHPOINT), ranked.field(RANK))
                .from(ranked)
                .where(ranked.field(OWN))
                .asTable("own_rank");
    }

    /**
     * The social benchmark, one row per competitor and metric (posts, share of voice, net
     * sentiment), each beside the own brand's value and rank among all brands that were posted about.
     */
    List<BenchmarkRow> socialRows(ReportingPeriod period) {
        Field<Integer> postsRank = rank().over().orderBy(SOCIAL_BENCHMARK.POSTS.desc()).as("posts_rank");
        Field<Integer> voiceRank = rank().over().orderBy(SOCIAL_BENCHMARK.SHARE_OF_VOICE.desc()).as("voice_rank");
        Field<Integer> sentimentRank = rank().over().orderBy(SOCIAL_BENCHMARK.NET_SENTIMENT.desc())
                .as("sentiment_rank");
        List<SocialBrand> brands = dsl.select(SOCIAL_BENCHMARK.asterisk(), postsRank, voiceRank, sentimentRank)
                .from(SOCIAL_BENCHMARK)
                .where(SOCIAL_BENCHMARK.PERIOD_KIND.eq(period.kind().code()).and(SOCIAL_BENCHMARK.PERIOD.eq(period.label())))
                .orderBy(SOCIAL_BENCHMARK.POSTS.desc(), SOCIAL_BENCHMARK.BRAND)
                .fetch(row -> new SocialBrand(row.get(SOCIAL_BENCHMARK.BRAND), row.get(SOCIAL_BENCHMARK.POSTS),
                        List.of(new Score(Metric.SOCIAL_VOLUME, row.get(SOCIAL_BENCHMARK.POSTS).doubleValue(),
                                        row.get(postsRank)),
                                new Score(Metric.SHARE_OF_VOICE, row.get(SOCIAL_BENCHMARK.SHARE_OF_VOICE).doubleValue(),
                                        row.get(voiceRank)),
                                new Score(Metric.NET_SENTIMENT, row.get(SOCIAL_BENCHMARK.NET_SENTIMENT).doubleValue(),
                                        row.get(sentimentRank))),
                        row.get(SOCIAL_BENCHMARK.CRITICISED_THEMES)));
        SocialBrand own = brands.stream().filter(brand -> brand.brand().equals(properties.ownBrand()))
                .findFirst().orElse(null);
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int metric = 0; metric < SocialBrand.METRICS; metric++) {
            Score ownScore = own == null ? null : own.scores().get(metric);
            for (SocialBrand brand : brands) {
                if (brand != own) {
                    rows.add(brand.row(period, brand.scores().get(metric), ownScore));
                }
            }
        }
        return rows;
    }

    private static Condition inPeriod(ReportingPeriod period) {
        return BENCHMARK_GAP.PERIOD_KIND.eq(period.kind().code()).and(BENCHMARK_GAP.PERIOD.eq(period.label()));
    }

    /** One brand's value of one social metric and its rank among all brands (1 = most). */
    private record Score(Metric metric, double value, int rank) {
    }

    /** One brand's line of the social benchmark: its posts, its scores in metric order, its criticised themes. */
    private record SocialBrand(String brand, long posts, List<Score> scores, String criticisedThemes) {

        static final int METRICS = 3;

        BenchmarkRow row(ReportingPeriod period, Score score, Score own) {
            Double ownValue = own == null ? null : own.value();
            return new BenchmarkRow(period.label(), brand, ALL, ALL, score.metric(), score.value(), (int) posts,
                    ownValue, ownValue == null ? null : ownValue - score.value(), null,
                    own == null ? null : own.rank(),
                    "posts" + (criticisedThemes.isEmpty() ? "" : "; most criticised for "
                            + criticisedThemes.replace(";", ", ")));
        }
    }
}
