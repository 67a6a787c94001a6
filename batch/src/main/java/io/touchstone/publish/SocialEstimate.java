package io.touchstone.publish;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.Metric;
import java.util.List;

/**
 * The uncertainty of the social benchmark (README, "Social benchmark"), for one period's brands:
 * <ul>
 * <li>net sentiment = 100 × (p − q), p and q the brand's shares of positive and negative posts,
 *     SE = 100 × sqrt((p + q − (p − q)²) / n) — the NPS formula, as it is the same statistic;</li>
 * <li>share of voice = 100 × s, s the brand's share of all N posts, SE = 100 × sqrt(s (1 − s) / N);</li>
 * <li>a gap in net sentiment between two brands is tested as independent samples; a gap in share
 *     of voice between two shares of the same N posts with SE = 100 × sqrt((s1 + s2 − (s1 − s2)²) / N);
 *     both significant when |gap| / SE > 1.96, never with a low base on either side;</li>
 * <li>a brand with fewer posts than the low base is low (greyed, never tested or ranked); the
 *     count of posts itself is exact, never low, never tested, and ranks every brand.</li>
 * </ul>
 */
final class SocialEstimate {

    static final List<Metric> METRICS = List.of(Metric.SOCIAL_VOLUME, Metric.SHARE_OF_VOICE, Metric.NET_SENTIMENT);
    private static final double Z_95 = 1.96;

    /** One brand's posts of the period as the social benchmark stored them. */
    record BrandPosts(String brand, long posts, long positive, long negative, double shareOfVoice,
            double netSentiment, String criticisedThemes) {
    }

    /** A value with its 95 % interval ({@code null} for a count) and standard error. */
    record Estimate(double value, Double se, Double ciLow, Double ciHigh) {
    }

    private final List<BrandPosts> brands;
    private final long allPosts;
    private final int lowBase;

    SocialEstimate(List<BrandPosts> brands, int lowBase) {
        this.brands = List.copyOf(brands);
        this.allPosts = brands.stream().mapToLong(BrandPosts::posts).sum();
        this.lowBase = lowBase;
    }

    Estimate of(Metric metric, BrandPosts brand) {
        return switch (metric) {
            case SOCIAL_VOLUME -> new Estimate(brand.posts(), null, null, null);
            case SHARE_OF_VOICE -> {
                double share = allPosts == 0 ? 0 : (double) brand.posts() / allPosts;
                yield interval(metric, brand.shareOfVoice(), allPosts == 0 ? null
                        : 100 * Math.sqrt(share * (1 - share) / allPosts));
            }
            case NET_SENTIMENT -> interval(metric, brand.netSentiment(), netSentimentSe(brand));
            default -> throw new IllegalArgumentException(metric + " is not a social metric");
        };
    }

    BaseFlag base(Metric metric, BrandPosts brand) {
        return metric.isCount() || brand.posts() >= lowBase ? BaseFlag.OK : BaseFlag.LOW;
    }

    /** Whether the own brand's value differs significantly from the other's; {@code null} when not tested. */
    Boolean gapSignificant(Metric metric, BrandPosts own, BrandPosts other) {
        if (metric.isCount() || base(metric, own) != BaseFlag.OK || base(metric, other) != BaseFlag.OK) {
            return null;
        }
        double gap = of(metric, own).value() - of(metric, other).value();
        Double se;
        if (metric == Metric.SHARE_OF_VOICE) {
            double s1 = (double) own.posts() / allPosts;
            double s2 = (double) other.posts() / allPosts;
            se = 100 * Math.sqrt((s1 + s2 - (s1 - s2) * (s1 - s2)) / allPosts);
        } else {
            Double ownSe = netSentimentSe(own);
            Double otherSe = netSentimentSe(other);
            se = ownSe == null || otherSe == null ? null : Math.sqrt(ownSe * ownSe + otherSe * otherSe);
        }
        if (se == null || se == 0) {
            return null;
        }
        return Math.abs(gap) / se > Z_95;
    }

    /**
     * The brand's rank (1 = most posts, largest share, best sentiment; ties share a rank) among
     * the brands with an adequate base; {@code null} when its own base is low.
     */
    Integer rank(Metric metric, BrandPosts brand) {
        if (base(metric, brand) != BaseFlag.OK) {
            return null;
        }
        double value = of(metric, brand).value();
        int ahead = 0;
        for (BrandPosts other : brands) {
            if (base(metric, other) == BaseFlag.OK && of(metric, other).value() > value) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    private static Double netSentimentSe(BrandPosts brand) {
        if (brand.posts() == 0) {
            return null;
        }
        double p = (double) brand.positive() / brand.posts();
        double q = (double) brand.negative() / brand.posts();
        return 100 * Math.sqrt(Math.max(0, p + q - (p - q) * (p - q)) / brand.posts());
    }

    private static Estimate interval(Metric metric, double value, Double se) {
        return se == null ? new Estimate(value, null, null, null)
                : new Estimate(value, se, metric.clip(value - Z_95 * se), metric.clip(value + Z_95 * se));
    }
}
