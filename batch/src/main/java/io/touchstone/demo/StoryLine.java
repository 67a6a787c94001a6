package io.touchstone.demo;

import io.touchstone.demo.DemoCompany.Region;
import io.touchstone.demo.DemoCompany.Touchpoint;

/**
 * The plot planted in the demo data, which an executive reading the reports should find: in the
 * last two months delivery in the North West collapses (a new courier, missed slots, lost
 * parcels) while competitor Fabrikam's delivery score climbs; and, more quietly, the app improves
 * steadily all year.
 *
 * <p>Behind the collapse, in the operational feeds: customers chasing lost parcels flood the North
 * West's care team, Manchester Care, so its phone queues lengthen month by month over the last
 * three months (the region's wait P90 roughly triples) and, unable to track the new courier's
 * parcels, its agents resolve fewer contacts first time; in the last month the same team no longer
 * finds the time to call its detractors back within two days. Everywhere, as in every month,
 * customers whose last contact kept them waiting or left them unresolved score lower, and
 * detractors leave at about twice the promoters' rate within 180 days of answering, so the
 * region's lost goodwill is lost revenue.
 *
 * <p>Everything else is ordinary variation around {@link DemoCompany}'s levels, so the story is
 * the one thing in the data that is both large and significant.
 */
final class StoryLine {

    static final String REGION = "North West";
    static final String TOUCHPOINT = "delivery";
    static final String COMPETITOR = "Fabrikam";
    static final String CARE_TEAM = "Manchester Care";

    /** The courier whose name starts to appear in North West delivery comments. */
    static final String NEW_COURIER = "Parcelink";

    /** NPS of North West delivery in the second-to-last and the last month. */
    private static final double[] COLLAPSE = {-6, -18};

    /** NPS of North West delivery in the month before: a first, easily missed, dip. */
    private static final double EARLY_SIGNAL = 24;

    /** How many times longer North West calls queue in the third-to-last, second-to-last and last month. */
    private static final double[] QUEUE_GROWTH = {1.6, 2.5, 3.6};

    /** Points taken off the North West's first-contact resolution chance in the same months. */
    private static final double[] RESOLUTION_DROP = {0.06, 0.14, 0.22};

    /** Points taken off the share of North West detractors called back within 48 h, second-to-last and last month. */
    private static final double[] CALLBACK_SLIP = {0.08, 0.45};

    /** Points the app gains between the first and the last month. */
    private static final double APP_GAIN_OVER_PERIOD = 14;

    /** Points Fabrikam's delivery NPS gains in the second-to-last and the last month. */
    private static final double[] COMPETITOR_DELIVERY_LIFT = {12, 24};

    /** Points the same improvement adds to Fabrikam's overall NPS. */
    private static final double[] COMPETITOR_OVERALL_LIFT = {2, 4};

    private StoryLine() {
    }

    /** The NPS a touchpoint in a region should score in a month, before chance. */
    static double expectedNps(Touchpoint touchpoint, Region region, int monthIndex) {
        if (isStoryCell(touchpoint, region)) {
            int fromEnd = FieldworkCalendar.MONTHS - 1 - monthIndex;
            if (fromEnd <= 1) {
                return COLLAPSE[1 - fromEnd];
            }
            if (fromEnd == 2) {
                return EARLY_SIGNAL;
            }
        }
        double level = touchpoint.baselineNps() + region.npsOffset();
        if (touchpoint.name().equals("app")) {
            level += APP_GAIN_OVER_PERIOD * monthIndex / (FieldworkCalendar.MONTHS - 1);
        }
        return level;
    }

    /** Whether customers of this touchpoint and region are living through the collapse this month. */
    static boolean isUnfolding(Touchpoint touchpoint, Region region, int monthIndex) {
        return isUnfolding(touchpoint.name(), region.name(), monthIndex);
    }

    static boolean isUnfolding(String touchpoint, String region, int monthIndex) {
        return touchpoint.equals(TOUCHPOINT) && region.equals(REGION) && monthIndex >= FieldworkCalendar.MONTHS - 2;
    }

    /** How many times the usual wait a call in a region queues in a month (1 = as usual). */
    static double queueGrowth(String region, int monthIndex) {
        return lateMonth(region, monthIndex, QUEUE_GROWTH, 1);
    }

    /** How much less likely than usual a contact in a region is resolved first time in a month (0 = as usual). */
    static double resolutionDrop(String region, int monthIndex) {
        return lateMonth(region, monthIndex, RESOLUTION_DROP, 0);
    }

    /** How much less likely than usual a detractor of a region is called back within 48 h in a month (0 = as usual). */
    static double callbackSlip(String region, int monthIndex) {
        return lateMonth(region, monthIndex, CALLBACK_SLIP, 0);
    }

    /** Points added to a competitor's delivery NPS in a month. */
    static double competitorDeliveryLift(String brand, int monthIndex) {
        return competitorLift(brand, monthIndex, COMPETITOR_DELIVERY_LIFT);
    }

    /** Points added to a competitor's overall NPS in a month. */
    static double competitorOverallLift(String brand, int monthIndex) {
        return competitorLift(brand, monthIndex, COMPETITOR_OVERALL_LIFT);
    }

    private static double competitorLift(String brand, int monthIndex, double[] lift) {
        int fromEnd = FieldworkCalendar.MONTHS - 1 - monthIndex;
        return brand.equals(COMPETITOR) && fromEnd <= 1 ? lift[1 - fromEnd] : 0;
    }

    /** {@code byMonth}'s value for the last months (its last entry for the last month) in the story region, else {@code usual}. */
    private static double lateMonth(String region, int monthIndex, double[] byMonth, double usual) {
        int fromEnd = FieldworkCalendar.MONTHS - 1 - monthIndex;
        return region.equals(REGION) && fromEnd >= 0 && fromEnd < byMonth.length
                ? byMonth[byMonth.length - 1 - fromEnd] : usual;
    }

    private static boolean isStoryCell(Touchpoint touchpoint, Region region) {
        return touchpoint.name().equals(TOUCHPOINT) && region.name().equals(REGION);
    }
}
