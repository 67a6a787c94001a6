package io.touchstone.demo;

import io.touchstone.demo.DemoCompany.Region;
import io.touchstone.demo.DemoCompany.Touchpoint;

/**
 * The plot planted in the demo data, which an executive reading the reports should find: in the
 * last two months delivery in the North West collapses (a new courier, missed slots, lost
 * parcels) while competitor Fabrikam's delivery score climbs; and, more quietly, the app improves
 * steadily all year.
 *
 * <p>Everything else is ordinary variation around {@link DemoCompany}'s levels, so the story is
 * the one thing in the data that is both large and significant.
 */
final class StoryLine {

    static final String REGION = "North West";
    static final String TOUCHPOINT = "delivery";
    static final String COMPETITOR = "Fabrikam";

    /** The courier whose name starts to appear in North West delivery comments. */
    static final String NEW_COURIER = "Parcelink";

    /** NPS of North West delivery in the second-to-last and the last month. */
    private static final double[] COLLAPSE = {-6, -18};

    /** NPS of North West delivery in the month before: a first, easily missed, dip. */
    private static final double EARLY_SIGNAL = 24;

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
        return isStoryCell(touchpoint, region) && monthIndex >= FieldworkCalendar.MONTHS - 2;
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

    private static boolean isStoryCell(Touchpoint touchpoint, Region region) {
        return touchpoint.name().equals(TOUCHPOINT) && region.name().equals(REGION);
    }
}
