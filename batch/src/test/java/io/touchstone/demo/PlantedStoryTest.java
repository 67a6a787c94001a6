package io.touchstone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story an executive should find is there, measured from the files as the reports would. */
class PlantedStoryTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final Set<String> LAST_TWO_MONTHS = Set.of("2026-10", "2026-11");
    private static final String LAST_MONTH = "2026-11";
    /** The first of the three months over which the North West's queues lengthen. */
    private static final String STORY_START = "2026-09";
    private static final OffsetDateTime EXPORTED_AT =
            LAST_DAY.plusDays(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();

    @TempDir
    static Path inbox;

    private static DemoDataset dataset;

    @BeforeAll
    static void generate() throws IOException {
        dataset = new DemoDataGenerator(20_261_120L).generate(inbox, LAST_DAY, 60_000);
    }

    @Test
    void northWestDeliveryNpsCollapsesInTheLastTwoMonths() throws IOException {
        // given
        List<Integer> before = new ArrayList<>();
        List<Integer> lastTwo = new ArrayList<>();
        List<Integer> elsewhereLastTwo = new ArrayList<>();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            if (r.getField("nps").isEmpty() || !r.getField("touchpoint").equals(dataset.storyTouchpoint())) {
                return;
            }
            int nps = Integer.parseInt(r.getField("nps"));
            boolean late = LAST_TWO_MONTHS.contains(r.getField("responded_at").substring(0, 7));
            if (r.getField("region").equals(dataset.storyRegion())) {
                (late ? lastTwo : before).add(nps);
            } else if (late) {
                elsewhereLastTwo.add(nps);
            }
        });

        // then
        assertThat(DemoFeedFiles.nps(before)).isBetween(20.0, 40.0);
        assertThat(DemoFeedFiles.nps(lastTwo)).isLessThan(0.0);
        assertThat(DemoFeedFiles.nps(before) - DemoFeedFiles.nps(lastTwo)).isGreaterThan(25.0);
        assertThat(DemoFeedFiles.nps(elsewhereLastTwo)).as("only the North West collapses").isGreaterThan(15.0);
    }

    @Test
    void collapseCommentsNameTheNewCourier() throws IOException {
        // given
        List<String> comments = new ArrayList<>();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            if (r.getField("comment").contains(StoryLine.NEW_COURIER)) {
                comments.add(r.getField("region") + " " + r.getField("touchpoint") + " "
                        + r.getField("responded_at").substring(0, 7));
            }
        });

        // then
        assertThat(comments).isNotEmpty().allSatisfy(c ->
                assertThat(c).matches("North West delivery 2026-1[01]"));
    }

    @Test
    void fabrikamDeliveryNpsRisesInTheBenchmarksOverTheSameMonths() throws IOException {
        // given
        Map<String, Double> fabrikam = new TreeMap<>();
        Map<String, Double> own = new TreeMap<>();

        // when
        for (NamedCsvRecord b : DemoFeedFiles.records(dataset.files().get(1))) {
            if (b.getField("touchpoint").equals("delivery") && b.getField("metric").equals("NPS")) {
                double value = Double.parseDouble(b.getField("value"));
                if (b.getField("brand").equals(dataset.storyCompetitor())) {
                    fabrikam.put(b.getField("period"), value);
                } else if (b.getField("brand").equals(dataset.ownBrand())) {
                    own.put(b.getField("period"), value);
                }
            }
        }

        // then
        double fabrikamBefore = meanExcept(fabrikam, LAST_TWO_MONTHS);
        assertThat(fabrikam.get("2026-10")).isGreaterThan(fabrikamBefore + 6);
        assertThat(fabrikam.get("2026-11")).isGreaterThan(fabrikam.get("2026-10"));
        assertThat(fabrikam.get("2026-11")).as("Fabrikam overtakes us on delivery").isGreaterThan(own.get("2026-11"));
        assertThat(fabrikamBefore).isLessThan(meanExcept(own, LAST_TWO_MONTHS));
    }

    @Test
    void appImprovesGentlyOverTheYear() throws IOException {
        // given
        Map<YearMonth, List<Integer>> app = new TreeMap<>();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            if (r.getField("touchpoint").equals("app") && !r.getField("nps").isEmpty()) {
                app.computeIfAbsent(YearMonth.parse(r.getField("responded_at").substring(0, 7)), m -> new ArrayList<>())
                        .add(Integer.parseInt(r.getField("nps")));
            }
        });

        // then
        List<List<Integer>> months = new ArrayList<>(app.values());
        List<Integer> firstQuarter = new ArrayList<>();
        List<Integer> lastQuarter = new ArrayList<>();
        months.subList(0, 3).forEach(firstQuarter::addAll);
        months.subList(months.size() - 3, months.size()).forEach(lastQuarter::addAll);
        assertThat(DemoFeedFiles.nps(lastQuarter) - DemoFeedFiles.nps(firstQuarter)).isBetween(5.0, 25.0);
    }

    @Test
    void northWestCallsQueueEverLongerAndAreLessOftenResolvedFirstTime() throws IOException {
        // given
        Map<String, List<Double>> waits = new TreeMap<>();
        Map<String, List<Boolean>> resolved = new TreeMap<>();

        // when: per region, the last month against the months before the story began
        DemoFeedFiles.forEachRecord(dataset.files().get(5), i -> {
            String month = i.getField("opened_at").substring(0, 7);
            String when = month.equals(LAST_MONTH) ? "last" : month.compareTo(STORY_START) < 0 ? "before" : null;
            if (when != null) {
                String key = i.getField("region") + " " + when;
                waits.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(i.getField("wait_seconds")));
                resolved.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(Boolean.parseBoolean(i.getField("first_contact_resolved")));
            }
        });

        // then
        String story = dataset.storyRegion();
        assertThat(p90(waits.get(story + " last"))).as("North West wait P90 last month")
                .isGreaterThan(2.2 * p90(waits.get(story + " before")));
        assertThat(share(resolved.get(story + " last"))).as("North West FCR last month")
                .isLessThan(share(resolved.get(story + " before")) - 12);
        for (String region : List.of("London", "South East", "Midlands", "Scotland", "Wales")) {
            assertThat(p90(waits.get(region + " last")) / p90(waits.get(region + " before"))).as(region)
                    .isBetween(0.75, 1.33);
            assertThat(share(resolved.get(region + " last")) - share(resolved.get(region + " before"))).as(region)
                    .isGreaterThan(-8.0);
        }
    }

    @Test
    void npsFallsWithTheWaitAndTheResolutionOfTheCustomersLastContact() throws IOException {
        // given each customer's contacts, to find the last one before each answer within 30 days
        Map<String, List<NamedCsvRecord>> contacts = new HashMap<>();
        DemoFeedFiles.forEachRecord(dataset.files().get(5), i ->
                contacts.computeIfAbsent(i.getField("customer_id"), c -> new ArrayList<>()).add(i));
        Map<String, List<Integer>> npsByBand = new TreeMap<>();
        Map<Boolean, List<Integer>> npsByResolution = new HashMap<>();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            if (r.getField("nps").isEmpty()) {
                return;
            }
            OffsetDateTime respondedAt = OffsetDateTime.parse(r.getField("responded_at"));
            NamedCsvRecord last = null;
            for (NamedCsvRecord i : contacts.getOrDefault(r.getField("customer_id"), List.of())) {
                OffsetDateTime openedAt = OffsetDateTime.parse(i.getField("opened_at"));
                if (openedAt.isBefore(respondedAt) && openedAt.isAfter(respondedAt.minusDays(30))
                        && (last == null || openedAt.isAfter(OffsetDateTime.parse(last.getField("opened_at"))))) {
                    last = i;
                }
            }
            if (last != null) {
                int wait = Integer.parseInt(last.getField("wait_seconds"));
                String band = wait < 60 ? "1: < 1 min" : wait < 300 ? "2: 1-5 min" : wait < 900 ? "3: 5-15 min" : "4: > 15 min";
                int nps = Integer.parseInt(r.getField("nps"));
                npsByBand.computeIfAbsent(band, b -> new ArrayList<>()).add(nps);
                npsByResolution.computeIfAbsent(Boolean.parseBoolean(last.getField("first_contact_resolved")),
                        b -> new ArrayList<>()).add(nps);
            }
        });

        // then
        List<Double> byBand = npsByBand.values().stream().map(DemoFeedFiles::nps).toList();
        assertThat(npsByBand).hasSize(4);
        assertThat(npsByBand.get("4: > 15 min")).as("answers after a long wait").hasSizeGreaterThan(40);
        assertThat(byBand.get(0) - byBand.get(3)).as("NPS < 1 min minus NPS > 15 min").isGreaterThan(20.0);
        assertThat(byBand).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(DemoFeedFiles.nps(npsByResolution.get(true)) - DemoFeedFiles.nps(npsByResolution.get(false)))
                .as("NPS resolved first time minus not").isGreaterThan(15.0);
    }

    @Test
    void detractorsChurnAtAboutTwiceThePromotersRateWithin180Days() throws IOException {
        // given each customer's latest NPS answer
        Map<String, NamedCsvRecord> latest = new HashMap<>();
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            if (!r.getField("nps").isEmpty()) {
                latest.put(r.getField("customer_id"), r);
            }
        });
        OffsetDateTime horizonComplete = EXPORTED_AT.minusDays(180);
        Map<String, long[]> churnedOfGroup = new TreeMap<>();

        // when: over accounts whose 180 days after their latest answer are over
        DemoFeedFiles.forEachRecord(dataset.files().get(7), a -> {
            NamedCsvRecord answer = latest.get(a.getField("customer_id"));
            if (answer == null) {
                return;
            }
            OffsetDateTime respondedAt = OffsetDateTime.parse(answer.getField("responded_at"));
            if (respondedAt.isAfter(horizonComplete)) {
                return;
            }
            boolean churned = a.getField("status").equals("churned")
                    && !OffsetDateTime.parse(a.getField("status_changed_at")).isAfter(respondedAt.plusDays(180));
            int nps = Integer.parseInt(answer.getField("nps"));
            String group = nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
            for (String scope : List.of(group, a.getField("region") + " " + group)) {
                long[] counts = churnedOfGroup.computeIfAbsent(scope, g -> new long[2]);
                counts[0] += churned ? 1 : 0;
                counts[1]++;
            }
        });

        // then
        assertThat(rate(churnedOfGroup.get("detractor")) / rate(churnedOfGroup.get("promoter")))
                .as("detractor over promoter churn").isBetween(1.6, 2.5);
        assertThat(rate(churnedOfGroup.get("passive"))).isBetween(rate(churnedOfGroup.get("promoter")),
                rate(churnedOfGroup.get("detractor")));
        String story = dataset.storyRegion();
        assertThat(rate(churnedOfGroup.get(story + " detractor")) / rate(churnedOfGroup.get(story + " promoter")))
                .as("North West detractor over promoter churn").isBetween(1.4, 3.0);
    }

    @Test
    void northWestDetractorsAreCalledBackLateInTheLastMonth() throws IOException {
        // given the first contact of each detractor response
        Map<String, OffsetDateTime> firstContact = new HashMap<>();
        DemoFeedFiles.forEachRecord(dataset.files().get(6), f -> {
            if (f.getField("action").equals("contacted")) {
                firstContact.merge(f.getField("response_id"), OffsetDateTime.parse(f.getField("action_at")),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        Map<String, List<Boolean>> closed = new TreeMap<>();

        // when: loop closure of the detractors whose 48 hours are over, per region, last month against earlier
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            OffsetDateTime respondedAt = OffsetDateTime.parse(r.getField("responded_at"));
            if (r.getField("nps").isEmpty() || Integer.parseInt(r.getField("nps")) > 6
                    || respondedAt.plusHours(48).isAfter(EXPORTED_AT)) {
                return;
            }
            String month = r.getField("responded_at").substring(0, 7);
            OffsetDateTime contacted = firstContact.get(r.getField("response_id"));
            closed.computeIfAbsent(r.getField("region") + (month.equals(LAST_MONTH) ? " last" : " before"),
                    k -> new ArrayList<>()).add(contacted != null && !contacted.isAfter(respondedAt.plusHours(48)));
        });

        // then
        String story = dataset.storyRegion();
        assertThat(share(closed.get(story + " before"))).isBetween(65.0, 85.0);
        assertThat(share(closed.get(story + " last"))).as("North West loop closure last month")
                .isLessThan(share(closed.get(story + " before")) - 25);
        for (String region : List.of("London", "South East", "Midlands", "Scotland", "Wales")) {
            assertThat(share(closed.get(region + " last"))).as(region).isGreaterThan(60.0);
        }
    }

    /** The 90th percentile with linear interpolation, as PostgreSQL's {@code percentile_cont(0.9)}. */
    private static double p90(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        double position = 0.9 * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private static double share(List<Boolean> outcomes) {
        return 100.0 * outcomes.stream().filter(b -> b).count() / outcomes.size();
    }

    private static double rate(long[] churnedOfAll) {
        return (double) churnedOfAll[0] / churnedOfAll[1];
    }

    private static double meanExcept(Map<String, Double> byPeriod, Set<String> excluded) {
        return byPeriod.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElseThrow();
    }
}
