package io.touchstone.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Composes short, believable customer comments from fragments chosen by touchpoint and by how
 * the customer scored: praise from promoters, complaints in customer-service language ("still
 * waiting", "third time I've called", "nobody called back") from detractors.
 */
final class CommentComposer {

    private static final Map<String, List<String>> PRAISE = Map.of(
            "web", List.of("Easy to find what I needed on the website", "Checkout online was quick"),
            "app", List.of("The app is much better since the update", "Love the new app, tracking is clear"),
            "store", List.of("Staff in store were lovely and helpful", "Zoë at the counter went out of her way"),
            "checkout", List.of("Paying was quick and simple", "Smooth checkout, no fuss"),
            "delivery", List.of("Parcel arrived a day early", "Driver was friendly and careful"),
            "installation", List.of("Engineer was on time and tidy", "Installed in under an hour, great job"),
            "contact-center", List.of("The agent sorted it out on the first call", "Very patient advisor, thank you"),
            "billing", List.of("Bill was clear for once", "Refund came through quickly"));

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "web", List.of("Website kept logging me out", "Could not find the returns page"),
            "app", List.of("App crashes when I try to pay", "The app is slow, takes ages to load"),
            "store", List.of("Queue was far too long, only one till open", "Nobody in store could answer my question"),
            "checkout", List.of("Payment failed twice, very frustrating", "Voucher code did not work at checkout"),
            "delivery", List.of("Parcel arrived late", "Delivery slot missed, nobody told me"),
            "installation", List.of("Engineer did not turn up", "Still waiting for someone to finish the job"),
            "contact-center", List.of("Third time I've called about this", "On hold for 40 minutes, nobody called back"),
            "billing", List.of("Charged twice this month", "Still waiting for my refund"));

    private static final List<String> STORY = List.of(
            "Parcel arrived three days late and the courier left it in the rain",
            "Missed delivery slot again, second week in a row",
            "Courier marked it delivered but nothing arrived, still waiting",
            "Nobody called back about the missing parcel",
            "Tracking said out for delivery all day, then nothing");

    private static final List<String> NEUTRAL = List.of("It was fine", "Okay, nothing special", "As expected");

    private static final List<String> CLOSERS = List.of("", "", "", " Thanks.", " Please sort it out.",
            "\nWould still recommend the café in store though.", " Not happy, to be honest.");

    private CommentComposer() {
    }

    static String compose(String touchpoint, int nps, boolean storyCase, SplittableRandom random) {
        if (storyCase && nps <= 6) {
            return pick(STORY, random) + closer(nps, random);
        }
        if (nps >= 9) {
            return pick(PRAISE.get(touchpoint), random) + (random.nextInt(4) == 0 ? ". Great service, thank you!" : "");
        }
        if (nps <= 6) {
            return pick(COMPLAINTS.get(touchpoint), random) + closer(nps, random);
        }
        return random.nextBoolean() ? pick(NEUTRAL, random)
                : pick(NEUTRAL, random) + ", but " + lowerFirst(pick(COMPLAINTS.get(touchpoint), random));
    }

    private static String closer(int nps, SplittableRandom random) {
        String closer = pick(CLOSERS, random);
        return nps <= 3 && closer.startsWith("\n") ? "" : closer;
    }

    private static String pick(List<String> choices, SplittableRandom random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
