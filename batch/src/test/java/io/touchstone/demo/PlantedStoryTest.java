package io.touchstone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

    private static double meanExcept(Map<String, Double> byPeriod, Set<String> excluded) {
        return byPeriod.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElseThrow();
    }
}
