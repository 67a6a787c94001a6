package io.touchstone.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo company: Northwind and its four competitors, six regions and eight touchpoints
 * across the customer journey, with uneven volumes as in any real business, and the planted
 * story — delivery falling apart in the North West over the last two months.
 */
final class DemoCompany {

    static final String OWN_BRAND = "Northwind";
    static final List<String> COMPETITORS = List.of("Contoso", "Fabrikam", "Globex", "Initech");
    static final String STORY_REGION = "North West";
    static final String STORY_TOUCHPOINT = "delivery";
    static final String STORY_COMPETITOR = "Fabrikam";

    static final List<Weighted> REGIONS = List.of(new Weighted("London", 26), new Weighted("South East", 20),
            new Weighted(STORY_REGION, 16), new Weighted("Midlands", 18), new Weighted("Scotland", 12),
            new Weighted("Wales", 8));

    /** Touchpoints with their share of survey volume and how they usually score (promoter, detractor shares). */
    static final List<Touchpoint> TOUCHPOINTS = List.of(
            new Touchpoint("web", 16, 0.50, 0.18), new Touchpoint("app", 14, 0.46, 0.20),
            new Touchpoint("store", 12, 0.58, 0.13), new Touchpoint("checkout", 10, 0.52, 0.16),
            new Touchpoint(STORY_TOUCHPOINT, 18, 0.50, 0.19), new Touchpoint("installation", 6, 0.47, 0.22),
            new Touchpoint("contact-center", 16, 0.40, 0.28), new Touchpoint("billing", 8, 0.38, 0.30));

    static final List<Weighted> CHANNELS = List.of(new Weighted("email", 45), new Weighted("sms", 20),
            new Weighted("web", 15), new Weighted("app", 12), new Weighted("ivr", 8));

    private DemoCompany() {
    }

    /** A name with a relative weight. */
    record Weighted(String name, int weight) {
    }

    /** A touchpoint with its volume weight and its usual promoter and detractor shares. */
    record Touchpoint(String name, int weight, double promoterShare, double detractorShare) {
    }

    static String pick(List<Weighted> choices, SplittableRandom random) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int ticket = random.nextInt(total);
        for (Weighted choice : choices) {
            ticket -= choice.weight();
            if (ticket < 0) {
                return choice.name();
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    static Touchpoint pickTouchpoint(SplittableRandom random) {
        int total = TOUCHPOINTS.stream().mapToInt(Touchpoint::weight).sum();
        int ticket = random.nextInt(total);
        for (Touchpoint touchpoint : TOUCHPOINTS) {
            ticket -= touchpoint.weight();
            if (ticket < 0) {
                return touchpoint;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
