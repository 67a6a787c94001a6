package io.touchstone.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simulates the daily survey responses of the demo company and streams them to a CSV writer,
 * one row at a time: memory does not grow with the number of responses.
 *
 * <p>Each answer is drawn from the touchpoint's usual promoter and detractor shares, nudged by
 * region and time: the app improves over the year, and delivery in the North West collapses in
 * the last two months. CSAT and CES follow the NPS answer, as they do in real surveys.
 */
final class ResponseSimulator {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT);
    private static final int CUSTOMERS = 60_000;

    private final SplittableRandom random;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDate storyStart;

    ResponseSimulator(SplittableRandom random, LocalDate firstDay, LocalDate lastDay) {
        this.random = random;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.storyStart = lastDay.withDayOfMonth(1).minusMonths(1);
    }

    void write(DemoCsvWriter csv, int responses) throws IOException {
        csv.header("response_id", "responded_at", "brand", "touchpoint", "region", "channel", "customer_id", "nps",
                "csat", "ces", "comment", "language");
        long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        long written = 0;
        for (long day = 0; day < days; day++) {
            long dueByTonight = responses * (day + 1) / days;
            LocalDate date = firstDay.plusDays(day);
            while (written < dueByTonight) {
                written++;
                writeOne(csv, written, date);
            }
        }
    }

    private void writeOne(DemoCsvWriter csv, long number, LocalDate date) throws IOException {
        DemoCompany.Touchpoint touchpoint = DemoCompany.pickTouchpoint(random);
        String region = DemoCompany.pick(DemoCompany.REGIONS, random);
        boolean storyCase = region.equals(DemoCompany.STORY_REGION)
                && touchpoint.name().equals(DemoCompany.STORY_TOUCHPOINT) && !date.isBefore(storyStart);
        double promoters = touchpoint.promoterShare();
        double detractors = touchpoint.detractorShare();
        if (storyCase) {
            boolean lastMonth = !date.isBefore(lastDay.withDayOfMonth(1));
            promoters = lastMonth ? 0.20 : 0.30;
            detractors = lastMonth ? 0.52 : 0.40;
        } else if (touchpoint.name().equals("app")) {
            double progress = (double) ChronoUnit.DAYS.between(firstDay, date) / ChronoUnit.DAYS.between(firstDay, lastDay);
            promoters += 0.12 * progress;
            detractors -= 0.06 * progress;
        }
        if (region.equals("Scotland")) {
            promoters += 0.04;
        }
        int nps = npsAnswer(promoters, detractors);
        LocalTime time = LocalTime.of(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
        String comment = random.nextInt(100) < 38
                ? CommentComposer.compose(touchpoint.name(), nps, storyCase, random) : null;
        csv.row(String.format(Locale.ROOT, "R%08d", number),
                TIMESTAMP.format(date.atTime(time).atZone(ZONE)),
                DemoCompany.OWN_BRAND,
                touchpoint.name(),
                region,
                DemoCompany.pick(DemoCompany.CHANNELS, random),
                String.format(Locale.ROOT, "C%06d", 1 + random.nextInt(CUSTOMERS)),
                random.nextInt(100) < 96 || comment == null ? Integer.toString(nps) : null,
                random.nextInt(100) < 80 ? Integer.toString(csatFor(nps)) : null,
                random.nextInt(100) < 65 ? Integer.toString(cesFor(nps)) : null,
                comment,
                "en");
    }

    private int npsAnswer(double promoterShare, double detractorShare) {
        double draw = random.nextDouble();
        if (draw < promoterShare) {
            return 9 + random.nextInt(2);
        }
        if (draw < promoterShare + detractorShare) {
            int[] detractorAnswers = {0, 1, 2, 3, 4, 5, 5, 6, 6, 6};
            return detractorAnswers[random.nextInt(detractorAnswers.length)];
        }
        return 7 + random.nextInt(2);
    }

    private int csatFor(int nps) {
        int draw = random.nextInt(100);
        if (nps >= 9) {
            return draw < 62 ? 5 : draw < 95 ? 4 : 3;
        }
        if (nps >= 7) {
            return draw < 15 ? 5 : draw < 75 ? 4 : draw < 95 ? 3 : 2;
        }
        return draw < 5 ? 4 : draw < 35 ? 3 : draw < 70 ? 2 : 1;
    }

    private int cesFor(int nps) {
        int draw = random.nextInt(100);
        if (nps >= 9) {
            return draw < 55 ? 7 : draw < 90 ? 6 : 5;
        }
        if (nps >= 7) {
            return draw < 20 ? 6 : draw < 70 ? 5 : draw < 95 ? 4 : 3;
        }
        return draw < 10 ? 5 : draw < 35 ? 4 : draw < 65 ? 3 : draw < 85 ? 2 : 1;
    }
}
