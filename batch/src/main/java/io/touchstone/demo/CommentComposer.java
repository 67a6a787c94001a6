package io.touchstone.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a short customer comment for a touchpoint in a given tone, the way people actually type
 * them: a remark about the touchpoint, sometimes a second one, sometimes a parting shot ("nobody
 * called back", "will definitely recommend"), now and then a quote, a comma inside a quote, a line
 * break or an accented name, and occasionally just one word.
 *
 * <p>The fragments are plain English on purpose: text mining should find the themes (late
 * parcels, couriers, waiting on hold, refunds) from the words alone. Comments of North West
 * delivery customers during the collapse draw on their own fragments, naming the new courier, so
 * the story shows up as an emerging theme and not only as a score.
 */
final class CommentComposer {

    private static final Map<String, List<String>> PRAISE = Map.of(
            "web", List.of(
                    "website was easy to use",
                    "found what I needed in a couple of clicks",
                    "the size guide on the website was spot on",
                    "good search, clear prices",
                    "the live chat on the website answered straight away"),
            "app", List.of(
                    "the new app is much quicker",
                    "love the order tracking in the app",
                    "app is simple and works every time",
                    "saved cards in the app make it so easy",
                    "the app update fixed the login problem"),
            "store", List.of(
                    "staff in the store were really helpful",
                    "Zoë at the till was brilliant",
                    "store was clean and well laid out",
                    "had a coffee in the store café while they checked the stock",
                    "quick in and out, no queue"),
            "checkout", List.of(
                    "checkout was quick and simple",
                    "paying on my phone was seamless",
                    "click and collect was easy to book",
                    "no hidden fees at checkout"),
            "delivery", List.of(
                    "parcel arrived a day early",
                    "courier was friendly and careful",
                    "delivery slot was kept to the minute",
                    "tracking updates were spot on",
                    "driver put it exactly where I asked"),
            "installation", List.of(
                    "engineer was on time and tidy",
                    "installation done in under an hour",
                    "fitter explained everything clearly",
                    "the team cleaned up after themselves"),
            "contact-center", List.of(
                    "José on the phone sorted it in minutes",
                    "the agent was patient and kind",
                    "got through straight away",
                    "problem solved on the first call",
                    "the adviser rang back as promised"),
            "billing", List.of(
                    "bill is clear and easy to understand",
                    "refund came through quickly",
                    "direct debit set-up was painless",
                    "billing error fixed without any fuss"));

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "web", List.of(
                    "website kept logging me out",
                    "the site crashed at the payment page",
                    "couldn't find the returns form anywhere on the website",
                    "search results were useless",
                    "prices on the website didn't match the store"),
            "app", List.of(
                    "app freezes on the basket screen",
                    "had to reinstall the app twice",
                    "app logged me out mid-order",
                    "the app won't accept my discount code",
                    "constant notifications from the app"),
            "store", List.of(
                    "only one till open and a long queue",
                    "nobody on the shop floor to help",
                    "item showed in stock online but not in the store",
                    "store was a mess",
                    "staff seemed more interested in chatting"),
            "checkout", List.of(
                    "payment failed three times",
                    "delivery charge only appeared at checkout",
                    "voucher wouldn't apply at checkout",
                    "got charged twice",
                    "checkout timed out and I lost my basket"),
            "delivery", List.of(
                    "parcel arrived four days late",
                    "courier left it on the doorstep in the rain",
                    "missed the delivery slot and nobody told me",
                    "box was crushed",
                    "tracking said delivered but nothing came"),
            "installation", List.of(
                    "engineer never turned up",
                    "installation was rescheduled three times",
                    "fitter left without finishing the job",
                    "had to take another day off work for the installation"),
            "contact-center", List.of(
                    "third time I've called about this",
                    "nobody called back",
                    "on hold for 45 minutes",
                    "got passed between four departments",
                    "had to explain everything again on every call"),
            "billing", List.of(
                    "still waiting for my refund",
                    "charged for something I returned weeks ago",
                    "the bill is impossible to understand",
                    "direct debit taken twice",
                    "price went up with no warning"));

    /** What North West delivery customers write once the new courier takes over. */
    private static final List<String> COLLAPSE = List.of(
            "since you switched to " + StoryLine.NEW_COURIER + " the deliveries are a joke",
            "the " + StoryLine.NEW_COURIER + " courier didn't even knock, just left a card",
            "parcel marked as delivered, never arrived",
            "waited in all day for the 8-12 slot, nothing",
            "third missed delivery slot this month",
            "courier says the van was full, again",
            "parcel sat at the Warrington depot for a week",
            "still waiting for my parcel",
            "late parcel again, second week running");

    private static final List<String> PARTING_PRAISE = List.of(
            "thank you", "will definitely recommend", "keep it up", "great service as always",
            "10/10", "really impressed");

    private static final List<String> PARTING_COMPLAINTS = List.of(
            "still waiting", "third time I've called", "nobody called back", "very disappointed",
            "won't be ordering again", "sort it out", "I was told \"it'll be sorted by Friday\", it wasn't",
            "the agent said \"it's the system\"", "not good enough");

    private static final Map<Sentiment, List<String>> ONE_LINERS = Map.of(
            Sentiment.PRAISE, List.of("Brilliant", "Great service", "All good", "Excellent, thanks"),
            Sentiment.MIXED, List.of("Ok", "Fine I suppose", "Average", "Could be better"),
            Sentiment.COMPLAINT, List.of("Awful", "Rubbish", "Not happy", "Terrible service"));

    /** Comments in the respondent's own language, by language code and tone. */
    private static final Map<String, Map<Sentiment, List<String>>> OTHER_LANGUAGES = Map.of(
            "cy", Map.of(
                    Sentiment.PRAISE, List.of("Gwasanaeth ardderchog, diolch.", "Da iawn."),
                    Sentiment.MIXED, List.of("Iawn, ond gallai fod yn well."),
                    Sentiment.COMPLAINT, List.of("Gwasanaeth gwael iawn.", "Neb wedi ffonio'n ôl.")),
            "pl", Map.of(
                    Sentiment.PRAISE, List.of("Bardzo dobra obsługa, dziękuję.", "Wszystko w porządku, polecam."),
                    Sentiment.MIXED, List.of("W porządku, ale mogło być lepiej."),
                    Sentiment.COMPLAINT, List.of("Nikt nie oddzwonił.", "Bardzo słaba obsługa.")));

    private final SplittableRandom random;

    CommentComposer(SplittableRandom random) {
        this.random = random;
    }

    /**
     * A comment about {@code touchpoint} in {@code sentiment}, in {@code language}; {@code
     * storyUnfolding} says the customer lives in the region and month of the delivery collapse.
     */
    String compose(String touchpoint, Sentiment sentiment, String language, boolean storyUnfolding) {
        Map<Sentiment, List<String>> foreign = OTHER_LANGUAGES.get(language);
        if (foreign != null) {
            return any(foreign.get(sentiment));
        }
        if (random.nextDouble() < 0.08) {
            return any(ONE_LINERS.get(sentiment));
        }
        List<String> complaints = storyUnfolding && random.nextDouble() < 0.75 ? COLLAPSE : COMPLAINTS.get(touchpoint);
        return switch (sentiment) {
            case PRAISE -> remark(PRAISE.get(touchpoint), PARTING_PRAISE, "!");
            case COMPLAINT -> remark(complaints, PARTING_COMPLAINTS, ".");
            case MIXED -> random.nextBoolean()
                    ? sentence(any(PRAISE.get(touchpoint)) + ", but " + any(complaints), ".")
                    : sentence(any(complaints), ".") + separator() + sentence("to be fair, " + any(PRAISE.get(touchpoint)), ".");
        };
    }

    /** One or two remarks from {@code core}, sometimes followed by a parting remark. */
    private String remark(List<String> core, List<String> parting, String emphasis) {
        String first = any(core);
        StringBuilder comment = new StringBuilder(sentence(first, "."));
        if (random.nextDouble() < 0.35) {
            String second = any(core);
            if (!second.equals(first)) {
                comment.append(separator()).append(sentence(second, "."));
            }
        }
        if (random.nextDouble() < 0.35) {
            comment.append(separator()).append(sentence(any(parting), emphasis));
        }
        return comment.toString();
    }

    /** Mostly a space; sometimes the customer pressed Enter between sentences. */
    private String separator() {
        return random.nextDouble() < 0.06 ? "\n" : " ";
    }

    private String any(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Capitalises per character, not per locale, so a Turkish host does not dot the I. */
    private static String sentence(String text, String end) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + end;
    }
}
