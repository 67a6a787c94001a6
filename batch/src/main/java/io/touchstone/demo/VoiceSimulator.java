package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simulates the unstructured voices around the company: public posts and reviews about
 * Northwind and its competitors, and what Northwind's own employees say. The story carries
 * through: in the last two months posts about Northwind's delivery turn sour while Fabrikam's
 * are praised, and logistics staff complain about the same courier customers do.
 */
final class VoiceSimulator {

    static final String[] POSTS_HEADER = {"post_id", "posted_at", "source", "brand", "region", "rating", "text"};
    static final String[] EMPLOYEE_HEADER = {"feedback_id", "submitted_at", "department", "region", "text", "score"};

    private static final List<String> BRANDS = List.of(DemoCompany.OWN_BRAND, "Fabrikam", "Contoso", "Globex", "Initech");
    private static final int[] BRAND_WEIGHTS = {34, 24, 20, 13, 9};
    private static final List<String> PRAISE = List.of("Delivery was quick and the driver was friendly",
            "Great service, sorted my problem on the first call", "Love the new app, so easy to use",
            "Staff in store were really helpful", "Fair prices and a clear bill", "Refund came through quickly");
    private static final List<String> COMPLAINTS = List.of("Still waiting for my parcel, nobody called back",
            "On hold for 40 minutes again", "The app keeps crashing at checkout", "Charged twice this month",
            "Rude staff in store today", "Third time I've asked for a refund");
    private static final List<String> STORY = List.of("Parcelink lost my parcel, third missed delivery slot this month",
            "Northwind's new courier Parcelink is useless, parcel sat at the depot for a week",
            "Delivery from Northwind is a joke since they switched to Parcelink");
    private static final List<String> DEPARTMENTS = List.of("Logistics", "Contact center", "Stores", "Digital",
            "Billing");
    private static final List<String> STAFF_PRAISE = List.of("Good team spirit and customers are happy",
            "The new store layout works well for customers", "Training on the new billing system was helpful");
    private static final List<String> STAFF_COMPLAINTS = List.of(
            "Customers wait too long because we are short staffed",
            "The returns policy makes it hard to give customers a refund",
            "Billing errors mean we spend all day apologising");
    private static final List<String> STAFF_STORY = List.of(
            "Parcelink keeps missing delivery slots and customers are still waiting",
            "We cannot track Parcelink parcels so deliveries are late and customers are angry",
            "Delivery complaints since the switch to Parcelink are awful and we cannot fix them");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT);

    private final FieldworkCalendar calendar;
    private final SplittableRandom random;

    VoiceSimulator(FieldworkCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
    }

    long writePosts(CsvWriter csv, int postsPerDay) {
        csv.writeRecord(POSTS_HEADER);
        long written = 0;
        LocalDate storyStart = calendar.lastDay().withDayOfMonth(1).minusMonths(1);
        for (int day = 0; day < calendar.days(); day++) {
            LocalDate date = calendar.day(day);
            for (int i = 0; i < postsPerDay; i++) {
                String brand = BRANDS.get(pick(BRAND_WEIGHTS));
                String region = DemoCompany.REGIONS.pick(random).name();
                boolean story = !date.isBefore(storyStart);
                double praise = switch (brand) {
                    case DemoCompany.OWN_BRAND -> story ? 0.35 : 0.55;
                    case "Fabrikam" -> story ? 0.75 : 0.55;
                    default -> 0.5;
                };
                boolean positive = random.nextDouble() < praise;
                String text = !positive && story && brand.equals(DemoCompany.OWN_BRAND) && random.nextBoolean()
                        ? pick(STORY) : positive ? pick(PRAISE) : pick(COMPLAINTS);
                String source = random.nextInt(10) < 6 ? "social" : random.nextInt(4) < 3 ? "review" : "chat";
                String rating = source.equals("review") ? Integer.toString(positive ? 4 + random.nextInt(2)
                        : 1 + random.nextInt(2)) : null;
                written++;
                csv.writeRecord(String.format(Locale.ROOT, "P%07d", written), timestamp(date), source, brand, region,
                        rating, text);
            }
        }
        return written;
    }

    long writeEmployeeFeedback(CsvWriter csv, int remarksPerWeek) {
        csv.writeRecord(EMPLOYEE_HEADER);
        long written = 0;
        LocalDate storyStart = calendar.lastDay().withDayOfMonth(1).minusMonths(1);
        for (int day = 0; day < calendar.days(); day += 7) {
            LocalDate date = calendar.day(day);
            for (int i = 0; i < remarksPerWeek; i++) {
                String department = pick(DEPARTMENTS);
                boolean story = !date.isBefore(storyStart) && department.equals("Logistics");
                boolean positive = !story && random.nextDouble() < 0.45;
                String text = story ? pick(STAFF_STORY) : positive ? pick(STAFF_PRAISE) : pick(STAFF_COMPLAINTS);
                written++;
                csv.writeRecord(String.format(Locale.ROOT, "E%06d", written), date.toString(), department,
                        DemoCompany.REGIONS.pick(random).name(), text,
                        Integer.toString(positive ? 7 + random.nextInt(4) : 2 + random.nextInt(5)));
            }
        }
        return written;
    }

    private String timestamp(LocalDate date) {
        return TIMESTAMP.format(date.atTime(LocalTime.of(7 + random.nextInt(16), random.nextInt(60)))
                .atZone(DemoCompany.ZONE));
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
