package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.touchstone.demo.AnswerSampler.Mood;
import io.touchstone.demo.DemoCompany.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the service contacts, calls and chats, customers had before they answered a survey:
 * nearly everyone answering about the contact centre had one within the day, a third of those
 * answering about a delivery or an installation rang about it in the days before, few of the
 * others did; an unresolved contact often follows an earlier one that failed too, and some
 * customers called long before, outside any link to their answer.
 *
 * <p><b>NOTE:</b> the contact is drawn after the answer it precedes, because the responses come
 * from their own random stream and must not change: the wait and the resolution are drawn to agree
 * with the answer (a detractor's last call queued longer and was less often resolved), which gives
 * the same picture as waits driving the scores. Contacts are written as their responses are made,
 * so only the contact being drawn is held in memory.
 */
final class InteractionSimulator {

    static final String[] HEADER = {
        "interaction_id", "customer_id", "opened_at", "closed_at", "channel", "touchpoint", "region",
        "wait_seconds", "handle_seconds", "first_contact_resolved", "callback_offered", "csat_before",
        "csat_after", "agent_team"
    };

    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    /** Share of contacts that are calls; the rest are chats. */
    private static final double PHONE_SHARE = 0.68;

    /** Median wait of a call and of a chat in an ordinary month, in seconds. */
    private static final double PHONE_WAIT = 80;
    private static final double CHAT_WAIT = 35;

    /** Spread of waits (log scale): most calls are answered in a minute or two, a few queue for a quarter of an hour. */
    private static final double WAIT_SPREAD = 0.95;

    /** No queue keeps a customer longer: the line drops them. */
    private static final int LONGEST_WAIT = 2 * 3_600;

    private static final double USUAL_RESOLUTION = 0.82;

    /** Share of contacts after which the customer rated the service, before and after. */
    private static final double RATED_SHARE = 0.45;

    /** Share of customers without a recent contact who called long before answering, outside the link. */
    private static final double OLD_CONTACT_SHARE = 0.08;

    private static final List<Integer> CSAT_BEFORE = List.of(1, 2, 3, 4);
    private static final WeightedPick<Integer> CSAT_BEFORE_PICK = new WeightedPick<>(CSAT_BEFORE, 18, 34, 32, 16);

    /** Mean days between a contact and the answer it led to, outside the contact centre. */
    private static final double MEAN_DAYS_BEFORE = 4;

    /** No contact lies further before its answer: the service drivers look back 30 days. */
    private static final long LONGEST_LEAD = 28 * DAY;

    private final FieldworkCalendar calendar;
    private final SplittableRandom random;
    private final long exportedAt;
    private long written;

    /** @param exportedAt the instant (epoch second) the feed is taken: no contact is open later */
    InteractionSimulator(FieldworkCalendar calendar, SplittableRandom random, long exportedAt) {
        this.calendar = calendar;
        this.random = random;
        this.exportedAt = exportedAt;
    }

    /** Writes the header row. */
    void start(CsvWriter csv) {
        csv.writeRecord(HEADER);
    }

    /** Writes the contacts, if any, that the customer of {@code response} had before answering at {@code respondedAt}. */
    void precede(SurveyResponse response, long respondedAt, int monthIndex, CsvWriter csv) {
        Region region = DemoCompany.region(response.region());
        String touchpoint = response.touchpoint();
        if (random.nextDouble() >= contactShare(touchpoint, region, monthIndex)) {
            if (random.nextDouble() < OLD_CONTACT_SHARE) {
                long openedAt = respondedAt - Chance.between(random, 35, 120) * DAY - random.nextLong(DAY);
                write(csv, response.customerId(), region, touchpoint, openedAt, contact(region, openedAt, null, false));
            }
            return;
        }
        Mood mood = response.nps() == null ? null : Mood.ofNps(response.nps());
        // The month of the contact, not of the answer, sets the queue: place the contact first, then fit it in.
        long before = timeBeforeAnswer(touchpoint);
        Contact last = contact(region, respondedAt - before, mood, false);
        long openedAt = respondedAt - Math.max(before, last.waitSeconds() + last.handle() + 2 * MINUTE);
        if (!last.resolved() && random.nextDouble() < repeatShare(mood)) {
            long earlier = openedAt - Chance.between(random, 1, 6) * DAY - random.nextLong(DAY);
            write(csv, response.customerId(), region, touchpoint, earlier, contact(region, earlier, null, false));
        }
        write(csv, response.customerId(), region, touchpoint, openedAt, last);
        if (respondedAt > exportedAt - LONGEST_LEAD) {
            standIn(response, region, respondedAt, monthIndex, csv);
        }
    }

    /**
     * Customers who will answer after the export called in its last weeks, and their contacts
     * belong in the feed: without them the last month's volume would seem to fall. A customer
     * answering now stands in for them, with a contact as far after their answer as the missing
     * ones lie before theirs, and no answer to agree with.
     */
    private void standIn(SurveyResponse response, Region region, long respondedAt, int monthIndex, CsvWriter csv) {
        if (random.nextDouble() < contactShare(response.touchpoint(), region, monthIndex)) {
            long openedAt = respondedAt + timeBeforeAnswer(response.touchpoint());
            Contact contact = contact(region, openedAt, null, false);
            if (openedAt + contact.waitSeconds() + contact.handle() < exportedAt) {
                write(csv, response.customerId(), region, response.touchpoint(), openedAt, contact);
            }
        }
    }

    /** How long before answering a customer contacted the company: the contact centre surveys the same day, others rang days before. */
    private long timeBeforeAnswer(String touchpoint) {
        if (touchpoint.equals("contact-center")) {
            return Chance.between(random, 15, 24 * 60) * MINUTE;
        }
        double days = -StrictMath.log(1.0 - random.nextDouble()) * MEAN_DAYS_BEFORE;
        return Math.max(HOUR, Math.min(LONGEST_LEAD - DAY, Math.round(days * DAY)));
    }

    long written() {
        return written;
    }

    /** Share of customers answering about a touchpoint who contacted the company about it shortly before. */
    private static double contactShare(String touchpoint, Region region, int monthIndex) {
        return switch (touchpoint) {
            case "contact-center" -> 0.95;
            case "billing" -> 0.55;
            case "delivery" -> StoryLine.isUnfolding(touchpoint, region.name(), monthIndex) ? 0.65 : 0.35;
            case "installation" -> 0.35;
            default -> 0.10;
        };
    }

    /** Share of unresolved last contacts that were already a second try; unhappy customers tried more often. */
    private static double repeatShare(Mood mood) {
        return mood == Mood.DETRACTOR ? 0.6 : 0.35;
    }

    /**
     * Draws one contact opened about {@code openedAt}: its channel, queue, handling and outcome.
     * A {@code mood} (the answer the customer gives afterwards) bends the wait and the resolution
     * towards it; {@code failed} marks a first try the customer had to repeat.
     */
    private Contact contact(Region region, long openedAt, Mood mood, boolean failed) {
        int month = calendar.monthIndex(LocalDate.ofInstant(Instant.ofEpochSecond(openedAt), DemoCompany.ZONE));
        boolean phone = random.nextDouble() < PHONE_SHARE;
        double queue = phone ? PHONE_WAIT * StoryLine.queueGrowth(region.name(), month) : CHAT_WAIT;
        double patience = mood == null ? 1.0 : switch (mood) {
            case PROMOTER -> 0.85;
            case PASSIVE -> 1.0;
            case DETRACTOR -> 1.5;
        };
        int wait = (int) Math.min(LONGEST_WAIT,
                Math.round(queue * patience * StrictMath.exp(Chance.normal(random, WAIT_SPREAD))));
        double resolution = USUAL_RESOLUTION - StoryLine.resolutionDrop(region.name(), month) + (mood == null ? 0
                : switch (mood) {
                    case PROMOTER -> 0.05;
                    case PASSIVE -> 0.0;
                    case DETRACTOR -> -0.16;
                });
        // Drawn even for a failed try, so every contact takes the same number of draws.
        double resolutionDraw = random.nextDouble();
        boolean resolved = !failed && resolutionDraw < resolution;
        double handleMedian = (phone ? 330 : 480) * (resolved ? 1.0 : 1.2)
                * (StoryLine.resolutionDrop(region.name(), month) > 0 ? 1.15 : 1.0);
        int handle = (int) Math.round(handleMedian * StrictMath.exp(Chance.normal(random, 0.45)));
        boolean callback = random.nextDouble() < (phone && wait > 5 * MINUTE ? 0.6 : 0.02);
        Integer csatBefore = null;
        Integer csatAfter = null;
        if (random.nextDouble() < RATED_SHARE) {
            csatBefore = CSAT_BEFORE_PICK.pick(random);
            int change = resolved ? Chance.between(random, 1, 2) : Chance.between(random, -1, 1);
            csatAfter = Math.max(1, Math.min(5, csatBefore + change));
        }
        return new Contact(phone ? "phone" : "chat", wait, handle, resolved, callback, csatBefore, csatAfter,
                phone ? region.careTeam() : DemoCompany.DIGITAL_CARE);
    }

    private void write(CsvWriter csv, String customerId, Region region, String touchpoint, long openedAt,
            Contact contact) {
        written++;
        csv.writeRecord(
                InboxCsv.id('I', written, 8), customerId,
                InboxCsv.timestamp(openedAt), InboxCsv.timestamp(openedAt + contact.waitSeconds() + contact.handle()),
                contact.channel(), touchpoint, region.name(),
                Integer.toString(contact.waitSeconds()), Integer.toString(contact.handle()),
                Boolean.toString(contact.resolved()), Boolean.toString(contact.callback()),
                text(contact.csatBefore()), text(contact.csatAfter()), contact.team());
    }

    private static String text(Integer score) {
        return score == null ? null : score.toString();
    }

    /** One contact as drawn, before it is placed in time. */
    private record Contact(String channel, int waitSeconds, int handle, boolean resolved, boolean callback,
            Integer csatBefore, Integer csatAfter, String team) {
    }
}
