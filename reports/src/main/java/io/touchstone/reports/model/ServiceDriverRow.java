package io.touchstone.reports.model;

/**
 * NPS of the responses whose customer's most recent interaction before responding fell in one
 * group of a service driver (first contact resolved yes or no; a wait band), beside the NPS of
 * all other linked responses of the same scope: the points a driver is worth.
 *
 * @param driver what the responses are grouped by: {@code first_contact_resolved} or {@code wait_band}
 * @param band the group: {@code yes}/{@code no}, or a wait band's label ("< 1 min", "1-5 min", "> 15 min")
 * @param order the band's position within its driver, for printing in order
 * @param nps the group's NPS; {@code null} when suppressed
 * @param restNps NPS of the other linked responses of the scope
 * @param gap {@code nps − restNps}
 * @param gapSignificant whether the gap passes the significance test; {@code null} on a low base
 */
public record ServiceDriverRow(
        String period,
        String region,
        String touchpoint,
        String driver,
        String band,
        int order,
        long n,
        Double nps,
        Double ciLow,
        Double ciHigh,
        long restN,
        Double restNps,
        Double gap,
        Boolean gapSignificant,
        BaseFlag base) {

    public static final String FIRST_CONTACT_RESOLVED = "first_contact_resolved";
    public static final String WAIT_BAND = "wait_band";
}
