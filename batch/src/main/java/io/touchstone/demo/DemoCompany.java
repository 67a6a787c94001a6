package io.touchstone.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * The demo company, Northwind, a UK retailer: its brand, its competitors, the regions it trades
 * in and the touchpoints of its customer journey, with the volumes and score levels each one has
 * in ordinary months.
 *
 * <p>Volumes are deliberately uneven (London dwarfs Wales, web dwarfs installation) and levels
 * deliberately differ (stores delight, billing annoys), because an even spread looks fake and
 * gives a report nothing to rank.
 */
final class DemoCompany {

    static final String OWN_BRAND = "Northwind";

    static final List<String> COMPETITORS = List.of("Contoso", "Fabrikam", "Globex", "Initech");

    /** The company's home zone; all timestamps are local UK times with their offset. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    static final WeightedPick<Region> REGIONS = new WeightedPick<>(
            List.of(
                    new Region("London", -2, 0.00, "London Care"),
                    new Region("South East", 4, 0.00, "Brighton Care"),
                    new Region("North West", 0, 0.00, "Manchester Care"),
                    new Region("Midlands", 1, 0.00, "Birmingham Care"),
                    new Region("Scotland", 5, 0.00, "Glasgow Care"),
                    new Region("Wales", 3, 0.06, "Cardiff Care")),
            28, 20, 16, 17, 11, 8);

    /** The journey in order: discover (web, app), buy (store, checkout), receive (delivery, installation), support. */
    static final WeightedPick<Touchpoint> TOUCHPOINTS = new WeightedPick<>(
            List.of(
                    new Touchpoint("web", 30, channels(
                            List.of("web", "email", "sms"), 55, 35, 10)),
                    new Touchpoint("app", 20, channels(
                            List.of("app", "email", "sms"), 80, 15, 5)),
                    new Touchpoint("store", 42, channels(
                            List.of("sms", "email", "web"), 45, 45, 10)),
                    new Touchpoint("checkout", 30, channels(
                            List.of("web", "app", "email"), 60, 25, 15)),
                    new Touchpoint("delivery", 30, channels(
                            List.of("sms", "email", "app"), 55, 40, 5)),
                    new Touchpoint("installation", 20, channels(
                            List.of("email", "sms", "ivr"), 55, 35, 10)),
                    new Touchpoint("contact-center", 12, channels(
                            List.of("ivr", "sms", "email"), 50, 30, 20)),
                    new Touchpoint("billing", 8, channels(
                            List.of("email", "web", "sms"), 70, 20, 10))),
            22, 16, 14, 10, 14, 4, 13, 7);

    /** The team answering every region's chats; calls go to the region's own care team. */
    static final String DIGITAL_CARE = "Digital Care";

    /**
     * The group Northwind belongs to reports in euros and bills most accounts from its euro
     * platform; the accounts still on the old UK ledger are in pounds, at this many euros per pound.
     */
    static final String REPORTING_CURRENCY = "EUR";
    static final String LEDGER_CURRENCY = "GBP";
    static final String LEDGER_RATE = "1.17";

    /** Share of responses from outside Wales answered in Polish, the UK's second home language. */
    static final double POLISH_SHARE = 0.015;

    private DemoCompany() {
    }

    /** The region of that name; the feeds only ever carry the names above. */
    static Region region(String name) {
        for (Region region : REGIONS.items()) {
            if (region.name().equals(name)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Northwind does not trade in " + name);
    }

    private static WeightedPick<String> channels(List<String> names, double... weights) {
        return new WeightedPick<>(names, weights);
    }

    /**
     * A region the company trades in.
     *
     * @param name       the region as it appears in the feeds
     * @param npsOffset  how many NPS points this region runs above or below the company
     * @param welshShare share of its respondents who answer in Welsh
     * @param careTeam   the contact-centre team taking its customers' calls and closing their loops
     */
    record Region(String name, double npsOffset, double welshShare, String careTeam) {
    }

    /**
     * A point of the customer journey where a survey is triggered.
     *
     * @param name        the touchpoint as it appears in the feeds
     * @param baselineNps its NPS in an ordinary month
     * @param channels    how its surveys reach customers
     */
    record Touchpoint(String name, double baselineNps, WeightedPick<String> channels) {
    }
}
