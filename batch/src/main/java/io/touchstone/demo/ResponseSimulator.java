package io.touchstone.demo;

import io.touchstone.demo.AnswerSampler.Mood;
import io.touchstone.demo.DemoCompany.Region;
import io.touchstone.demo.DemoCompany.Touchpoint;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simulates the company's survey responses day by day, in time order, and hands each one on as
 * soon as it exists: who answered (a region's repeat customers), about which touchpoint, through
 * which channel, with which scores and which words.
 *
 * <p>Nothing is kept per response, so a million responses take the memory of one. Each month and
 * touchpoint, and each region and touchpoint, carries a small fixed wobble around the
 * {@link StoryLine}'s levels, because a real programme never sits exactly on its averages.
 */
final class ResponseSimulator {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** Customers per response in a region: well below one, so many customers answer again. */
    private static final double CUSTOMERS_PER_RESPONSE = 0.5;

    /** Above one, low customer numbers are drawn more often: a few loyal customers answer a lot. */
    private static final double LOYALTY_SKEW = 1.4;

    private final FieldworkCalendar calendar;
    private final SplittableRandom random;
    private final AnswerSampler answers;
    private final CommentComposer comments;
    private final double[][] monthWobble;
    private final double[][] regionWobble;

    ResponseSimulator(FieldworkCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
        this.answers = new AnswerSampler(random.split());
        this.comments = new CommentComposer(random.split());
        int touchpoints = DemoCompany.TOUCHPOINTS.items().size();
        this.monthWobble = wobble(random, FieldworkCalendar.MONTHS, touchpoints, 1.5);
        this.regionWobble = wobble(random, DemoCompany.REGIONS.items().size(), touchpoints, 2.0);
    }

    /** Simulates {@code total} responses, passing each to {@code sink} in time order. */
    void simulate(long total, ResponseSink sink) throws IOException {
        long[] customerPool = customerPools(total);
        long sequence = 0;
        for (int dayIndex = 0; dayIndex < calendar.days(); dayIndex++) {
            LocalDate day = calendar.day(dayIndex);
            int monthIndex = calendar.monthIndex(day);
            int onDay = calendar.responsesOn(dayIndex, total);
            for (int i = 0; i < onDay; i++) {
                int second = FieldworkCalendar.secondOfDay(i, onDay, random.nextDouble());
                String respondedAt = ZonedDateTime.of(day, LocalTime.ofSecondOfDay(second), DemoCompany.ZONE)
                        .format(TIMESTAMP);
                sink.accept(respond(++sequence, respondedAt, monthIndex, customerPool), monthIndex);
            }
        }
    }

    private SurveyResponse respond(long sequence, String respondedAt, int monthIndex, long[] customerPool) {
        int regionIndex = DemoCompany.REGIONS.pickIndex(random);
        int touchpointIndex = DemoCompany.TOUCHPOINTS.pickIndex(random);
        Region region = DemoCompany.REGIONS.items().get(regionIndex);
        Touchpoint touchpoint = DemoCompany.TOUCHPOINTS.items().get(touchpointIndex);
        String channel = touchpoint.channels().pick(random);
        String customerId = customerId(regionIndex, customerPool[regionIndex]);
        String language = language(region);
        Questionnaire questionnaire = Questionnaire.forChannel(channel, random);

        double expectedNps = StoryLine.expectedNps(touchpoint, region, monthIndex)
                + monthWobble[monthIndex][touchpointIndex]
                + regionWobble[regionIndex][touchpointIndex];
        Mood mood = answers.mood(expectedNps);
        Integer nps = answers.nps(mood);
        Integer csat = answers.csat(mood);
        Integer ces = answers.ces(mood);
        String comment = null;
        if (answers.writesComment(mood, channel)) {
            boolean unfolding = StoryLine.isUnfolding(touchpoint, region, monthIndex);
            comment = comments.compose(touchpoint.name(), answers.sentiment(mood), language, unfolding);
        }
        return new SurveyResponse(
                InboxCsv.id('R', sequence, 7),
                respondedAt,
                DemoCompany.OWN_BRAND,
                touchpoint.name(),
                region.name(),
                channel,
                customerId,
                questionnaire.asksNps ? nps : null,
                questionnaire.asksCsat ? csat : null,
                questionnaire.asksCes ? ces : null,
                comment,
                language);
    }

    /** Customers are numbered so that a customer always belongs to the same region. */
    private String customerId(int regionIndex, long pool) {
        long number = (long) (pool * StrictMath.pow(random.nextDouble(), LOYALTY_SKEW));
        int regions = DemoCompany.REGIONS.items().size();
        return InboxCsv.id('C', number * regions + regionIndex + 1, 7);
    }

    private String language(Region region) {
        double u = random.nextDouble();
        if (u < region.welshShare()) {
            return "cy";
        }
        return region.welshShare() == 0 && u < DemoCompany.POLISH_SHARE ? "pl" : "en";
    }

    private static long[] customerPools(long total) {
        long[] pools = new long[DemoCompany.REGIONS.items().size()];
        for (int r = 0; r < pools.length; r++) {
            pools[r] = Math.max(50, Math.round(total * CUSTOMERS_PER_RESPONSE * DemoCompany.REGIONS.share(r)));
        }
        return pools;
    }

    private static double[][] wobble(SplittableRandom random, int rows, int columns, double sd) {
        double[][] wobble = new double[rows][columns];
        for (double[] row : wobble) {
            for (int c = 0; c < columns; c++) {
                row[c] = Chance.normal(random, sd);
            }
        }
        return wobble;
    }

    /** Receives simulated responses as they are made, with the month (0 = first) each falls in. */
    @FunctionalInterface
    interface ResponseSink {
        void accept(SurveyResponse response, int monthIndex) throws IOException;
    }
}
