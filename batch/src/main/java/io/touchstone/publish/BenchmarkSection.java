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
     * The social benchmark, one row per brand and metric (posts, share of voice, net sentiment):
     * the own brand's row first, then each competitor's beside the own value, with the gap. Share
     * of voice and net sentiment carry their 95 % interval ({@link SocialEstimate}); a gap is tested
     * when both brands have an adequate base, and a brand below {@code touchstone.base.low} posts is
     * marked low, greyed and left out of the ranking. Posts are counted exactly and always ranked.
     */
    List<BenchmarkRow> socialRows(ReportingPeriod period) {
        List<SocialEstimate.BrandPosts> brands = dsl.selectFrom(SOCIAL_BENCHMARK)
                .where(SOCIAL_BENCHMARK.PERIOD_KIND.eq(period.kind().code()).and(SOCIAL_BENCHMARK.PERIOD.eq(period.label())))
                .orderBy(SOCIAL_BENCHMARK.POSTS.desc(), SOCIAL_BENCHMARK.BRAND)
                .fetch(row -> new SocialEstimate.BrandPosts(row.getBrand(), row.getPosts(), row.getPositivePosts(),
                        row.getNegativePosts(), row.getShareOfVoice().doubleValue(),
                        row.getNetSentiment().doubleValue(), row.getCriticisedThemes()));
        SocialEstimate estimates = new SocialEstimate(brands, properties.base().low());
        SocialEstimate.BrandPosts own = brands.stream().filter(brand -> brand.brand().equals(properties.ownBrand()))
                .findFirst().orElse(null);
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Metric metric : SocialEstimate.METRICS) {
            Integer ownRank = own == null ? null : estimates.rank(metric, own);
            Double ownValue = own == null ? null : estimates.of(metric, own).value();
            if (own != null) {
                rows.add(row(period, estimates, metric, own, ownValue, null, null, ownRank));
            }
            for (SocialEstimate.BrandPosts brand : brands) {
                if (brand != own) {
                    Double gap = own == null ? null : ownValue - estimates.of(metric, brand).value();
                    rows.add(row(period, estimates, metric, brand, ownValue, gap,
                            own == null ? null : estimates.gapSignificant(metric, own, brand), ownRank));
                }
            }
        }
        return rows;
    }

    private static BenchmarkRow row(ReportingPeriod period, SocialEstimate estimates, Metric metric,
            SocialEstimate.BrandPosts brand, Double ownValue, Double gap, Boolean significant, Integer ownRank) {
        SocialEstimate.Estimate estimate = estimates.of(metric, brand);
        return new BenchmarkRow(period.label(), brand.brand(), ALL, ALL, metric, estimate.value(), (int) brand.posts(),
                ownValue, gap, significant, ownRank,
                "posts" + (brand.criticisedThemes().isEmpty() ? "" : "; most criticised for "
                        + brand.criticisedThemes().replace(";", ", ")),
                estimate.ciLow(), estimate.ciHigh(), estimates.base(metric, brand));
    }

    private static Condition inPeriod(ReportingPeriod period) {
        return BENCHMARK_GAP.PERIOD_KIND.eq(period.kind().code()).and(BENCHMARK_GAP.PERIOD.eq(period.label()));
    }

}
