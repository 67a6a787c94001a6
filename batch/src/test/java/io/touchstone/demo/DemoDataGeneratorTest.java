package io.touchstone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final int RESPONSES = 20_000;

    @TempDir
    static Path inbox;

    private static DemoDataset dataset;

    @BeforeAll
    static void generate() throws IOException {
        dataset = new DemoDataGenerator(7L).generate(inbox, LAST_DAY, RESPONSES);
    }

    @Test
    void sameSeedAndArgumentsWriteIdenticalBytes(@TempDir Path again, @TempDir Path otherSeed) throws IOException {
        // when
        DemoDataset second = new DemoDataGenerator(7L).generate(again, LAST_DAY, RESPONSES);
        DemoDataset third = new DemoDataGenerator(8L).generate(otherSeed, LAST_DAY, RESPONSES);

        // then
        for (int i = 0; i < dataset.files().size(); i++) {
            assertThat(Files.readAllBytes(second.files().get(i)))
                    .as(second.files().get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(dataset.files().get(i)));
        }
        assertThat(Files.readAllBytes(third.files().get(0))).isNotEqualTo(Files.readAllBytes(dataset.files().get(0)));
    }

    @Test
    void writesTheInboxFilesWithTheFeedContractsHeaders() {
        assertThat(dataset.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("responses_demo.csv.gz", "benchmarks_demo.csv", "targets_demo.csv", "posts_demo.csv",
                        "employee_demo.csv", "interactions_demo.csv.gz", "followups_demo.csv", "accounts_demo.csv");
        assertThat(dataset.files()).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(inbox));

        assertThat(DemoFeedFiles.headerLine(dataset.files().get(0))).isEqualTo(
                "response_id,responded_at,brand,touchpoint,region,channel,customer_id,nps,csat,ces,comment,language");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(1))).isEqualTo(
                "period,brand,touchpoint,region,metric,value,sample_size,source");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(2))).isEqualTo(
                "period,metric,region,touchpoint,target");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(3))).isEqualTo(
                "post_id,posted_at,source,brand,region,rating,text");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(4))).isEqualTo(
                "feedback_id,submitted_at,department,region,text,score");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(5))).isEqualTo(
                "interaction_id,customer_id,opened_at,closed_at,channel,touchpoint,region,wait_seconds,handle_seconds,"
                        + "first_contact_resolved,callback_offered,csat_before,csat_after,agent_team");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(6))).isEqualTo("response_id,action,action_at,owner");
        assertThat(DemoFeedFiles.headerLine(dataset.files().get(7))).isEqualTo(
                "customer_id,segment,region,annual_revenue,currency,status,status_changed_at");
    }

    @Test
    void everyInteractionIsAValidContactOfACustomerWhoAnswered() throws IOException {
        // given
        Map<String, List<OffsetDateTime>> answers = answersByCustomer();
        Set<String> ids = new HashSet<>();
        AtomicLong rows = new AtomicLong();
        AtomicLong beforeAnAnswer = new AtomicLong();
        AtomicLong rated = new AtomicLong();
        OffsetDateTime end = LAST_DAY.plusDays(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(5), i -> {
            rows.incrementAndGet();
            assertThat(ids.add(i.getField("interaction_id"))).as("unique interaction_id").isTrue();
            assertThat(i.getField("interaction_id")).matches("I\\d{8}");
            List<OffsetDateTime> answered = answers.get(i.getField("customer_id"));
            assertThat(answered).as("customer %s answered a survey", i.getField("customer_id")).isNotNull();
            OffsetDateTime opened = OffsetDateTime.parse(i.getField("opened_at"));
            OffsetDateTime closed = OffsetDateTime.parse(i.getField("closed_at"));
            assertThat(closed).isAfterOrEqualTo(opened).isBefore(end);
            assertThat(closed.toEpochSecond() - opened.toEpochSecond()).isEqualTo(
                    Long.parseLong(i.getField("wait_seconds")) + Long.parseLong(i.getField("handle_seconds")));
            if (answered.stream().anyMatch(a -> a.isAfter(closed) && a.isBefore(opened.plusDays(30)))) {
                beforeAnAnswer.incrementAndGet();
            }
            assertThat(i.getField("channel")).isIn("phone", "chat");
            assertThat(i.getField("touchpoint")).isIn("web", "app", "store", "checkout", "delivery", "installation",
                    "contact-center", "billing");
            assertThat(i.getField("region")).isIn("London", "South East", "North West", "Midlands", "Scotland", "Wales");
            assertThat(Integer.parseInt(i.getField("wait_seconds"))).isBetween(0, 7_200);
            assertThat(Integer.parseInt(i.getField("handle_seconds"))).isPositive();
            assertThat(i.getField("first_contact_resolved")).isIn("true", "false");
            assertThat(i.getField("callback_offered")).isIn("true", "false");
            assertScore(i, "csat_before", 1, 5);
            assertScore(i, "csat_after", 1, 5);
            rated.addAndGet(i.getField("csat_before").isEmpty() ? 0 : 1);
            assertThat(i.getField("agent_team")).isIn("London Care", "Brighton Care", "Manchester Care",
                    "Birmingham Care", "Glasgow Care", "Cardiff Care", "Digital Care");
        });

        // then: tens of thousands for the demo's 200,000 responses, in proportion to them
        assertThat(rows.get()).isEqualTo(dataset.interactions()).isBetween(RESPONSES * 3L / 10, RESPONSES * 6L / 10);
        assertThat(100.0 * beforeAnAnswer.get() / rows.get()).as("contacts a customer answered about within 30 days")
                .isGreaterThan(75.0);
        assertThat(100.0 * rated.get() / rows.get()).isBetween(35.0, 55.0);
    }

    @Test
    void followupsAreForMostDetractorResponsesAndAfterThem() throws IOException {
        // given
        Map<String, NamedCsvRecord> responses = new HashMap<>();
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> responses.put(r.getField("response_id"), r));
        Set<String> followed = new HashSet<>();
        OffsetDateTime end = LAST_DAY.plusDays(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();

        // when
        List<NamedCsvRecord> followups = DemoFeedFiles.records(dataset.files().get(6));
        for (NamedCsvRecord f : followups) {
            NamedCsvRecord response = responses.get(f.getField("response_id"));
            assertThat(response).as("response %s exists", f.getField("response_id")).isNotNull();
            assertThat(Integer.parseInt(response.getField("nps"))).as("a detractor's").isLessThanOrEqualTo(6);
            assertThat(f.getField("action")).isIn("contacted", "resolved", "no-action");
            assertThat(OffsetDateTime.parse(f.getField("action_at")))
                    .isAfter(OffsetDateTime.parse(response.getField("responded_at"))).isBefore(end);
            assertThat(f.getField("owner")).endsWith(" Care");
            followed.add(f.getField("response_id"));
        }

        // then
        long detractors = responses.values().stream()
                .filter(r -> !r.getField("nps").isEmpty() && Integer.parseInt(r.getField("nps")) <= 6).count();
        assertThat(followups).hasSize((int) dataset.followups());
        assertThat(100.0 * followed.size() / detractors).as("detractors followed up").isBetween(85.0, 97.0);
    }

    @Test
    void everyCustomerWhoAnsweredHasOneAccountMostlyInEuros() throws IOException {
        // given
        Map<String, List<OffsetDateTime>> answers = answersByCustomer();
        Map<String, Long> currencies = new TreeMap<>();
        AtomicLong churned = new AtomicLong();
        Set<String> accounts = new HashSet<>();
        OffsetDateTime end = LAST_DAY.plusDays(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(7), a -> {
            assertThat(accounts.add(a.getField("customer_id"))).as("one account per customer").isTrue();
            List<OffsetDateTime> answered = answers.get(a.getField("customer_id"));
            assertThat(answered).isNotNull();
            assertThat(a.getField("segment")).isIn("consumer", "premium", "business");
            int number = Integer.parseInt(a.getField("customer_id").substring(1));
            assertThat(a.getField("region")).as("the customer's region").isEqualTo(
                    List.of("London", "South East", "North West", "Midlands", "Scotland", "Wales").get((number - 1) % 6));
            assertThat(a.getField("annual_revenue")).matches("\\d+\\.\\d{2}");
            assertThat(Double.parseDouble(a.getField("annual_revenue"))).isPositive();
            currencies.merge(a.getField("currency"), 1L, Long::sum);
            OffsetDateTime changed = OffsetDateTime.parse(a.getField("status_changed_at"));
            OffsetDateTime lastAnswer = answered.get(answered.size() - 1);
            switch (a.getField("status")) {
                case "churned" -> {
                    churned.incrementAndGet();
                    assertThat(changed).as("churned after the last answer").isAfter(lastAnswer).isBefore(end)
                            .isBeforeOrEqualTo(lastAnswer.plusDays(180));
                }
                case "active" -> assertThat(changed).as("opened before any answer").isBefore(answered.get(0));
                default -> throw new AssertionError("unknown status " + a.getField("status"));
            }
        });

        // then
        assertThat(accounts).hasSize((int) dataset.accounts()).isEqualTo(answers.keySet());
        assertThat(currencies.keySet()).containsExactly("EUR", "GBP");
        assertThat(100.0 * currencies.get("GBP") / accounts.size()).isBetween(15.0, 30.0);
        assertThat(100.0 * churned.get() / accounts.size()).isBetween(5.0, 20.0);
        assertThat(DemoDataGenerator.RUN_SETTINGS).containsEntry("touchstone.finance.fx-rates.GBP", "1.17");
    }

    @Test
    void namesTheStoryAndTheOwnBrand() {
        assertThat(dataset.ownBrand()).isEqualTo("Northwind");
        assertThat(dataset.storyRegion()).isEqualTo("North West");
        assertThat(dataset.storyTouchpoint()).isEqualTo("delivery");
        assertThat(dataset.storyCompetitor()).isEqualTo("Fabrikam");
        assertThat(dataset.storyCareTeam()).isEqualTo("Manchester Care");
    }

    @Test
    void everyResponseIsAValidRowOfTheResponsesFeed() throws IOException {
        // given
        Set<String> ids = new HashSet<>();
        Set<String> customers = new HashSet<>();
        AtomicLong rows = new AtomicLong();
        AtomicLong withComment = new AtomicLong();
        AtomicLong multiLine = new AtomicLong();
        AtomicLong withQuote = new AtomicLong();
        AtomicLong accented = new AtomicLong();
        OffsetDateTime first = LAST_DAY.minusMonths(14).withDayOfMonth(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();
        OffsetDateTime end = LAST_DAY.plusDays(1).atStartOfDay(DemoCompany.ZONE).toOffsetDateTime();

        // when
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> {
            rows.incrementAndGet();
            assertThat(ids.add(r.getField("response_id"))).as("unique response_id").isTrue();
            customers.add(r.getField("customer_id"));
            assertThat(r.getField("response_id")).matches("R\\d{7}");
            OffsetDateTime at = OffsetDateTime.parse(r.getField("responded_at"));
            assertThat(at).isAfterOrEqualTo(first).isBefore(end);
            assertThat(r.getField("responded_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[01]:00");
            assertThat(r.getField("brand")).isEqualTo("Northwind");
            assertThat(r.getField("touchpoint")).isIn("web", "app", "store", "checkout", "delivery", "installation",
                    "contact-center", "billing");
            assertThat(r.getField("region")).isIn("London", "South East", "North West", "Midlands", "Scotland", "Wales");
            assertThat(r.getField("channel")).isIn("email", "sms", "ivr", "web", "app");
            assertThat(r.getField("customer_id")).matches("C\\d{7}");
            assertScore(r, "nps", 0, 10);
            assertScore(r, "csat", 1, 5);
            assertScore(r, "ces", 1, 7);
            assertThat(r.getField("nps") + r.getField("csat") + r.getField("ces") + r.getField("comment"))
                    .as("at least one of nps, csat, ces, comment").isNotEmpty();
            assertThat(r.getField("language")).isIn("en", "cy", "pl");
            String comment = r.getField("comment");
            if (!comment.isEmpty()) {
                withComment.incrementAndGet();
                multiLine.addAndGet(comment.contains("\n") ? 1 : 0);
                withQuote.addAndGet(comment.contains("\"") ? 1 : 0);
                accented.addAndGet(comment.matches("(?s).*[éëôó].*") ? 1 : 0);
            }
        });

        // then
        assertThat(rows.get()).isEqualTo(RESPONSES).isEqualTo(dataset.responses());
        assertThat(customers.size()).as("repeat customers").isBetween(RESPONSES / 4, RESPONSES * 3 / 4);
        assertThat(100.0 * withComment.get() / rows.get()).isBetween(33.0, 43.0);
        assertThat(multiLine.get()).isPositive();
        assertThat(withQuote.get()).isPositive();
        assertThat(accented.get()).isPositive();
    }

    @Test
    void companyScoresSitAtRealisticBaseRates() throws IOException {
        // given
        List<NamedCsvRecord> responses = DemoFeedFiles.records(dataset.files().get(0));

        // when
        List<Integer> nps = scores(responses, "nps");
        List<Integer> csat = scores(responses, "csat");
        List<Integer> ces = scores(responses, "ces");

        // then
        assertThat(DemoFeedFiles.nps(nps)).isBetween(22.0, 36.0);
        assertThat(100.0 * csat.stream().filter(s -> s >= 4).count() / csat.size()).isBetween(73.0, 81.0);
        assertThat(ces.stream().mapToInt(Integer::intValue).average().orElseThrow()).isBetween(5.0, 5.5);
        assertThat(nps.size()).as("not every survey asks NPS").isLessThan(responses.size());
        assertThat(ces.size()).as("not every survey asks CES").isLessThan(responses.size());
    }

    @Test
    void benchmarksCoverEveryMonthBrandAndMetric() throws IOException {
        // given
        List<NamedCsvRecord> benchmarks = DemoFeedFiles.records(dataset.files().get(1));
        Set<String> months = monthsEndingWith(LAST_DAY);

        // then
        assertThat(benchmarks).hasSize(15 * 6 * 4).hasSize((int) dataset.benchmarkRows());
        assertThat(benchmarks).allSatisfy(b -> {
            assertThat(b.getField("period")).isIn(months);
            assertThat(b.getField("brand")).isIn("Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "INDUSTRY");
            assertThat(b.getField("touchpoint")).isIn("", "delivery");
            assertThat(b.getField("region")).isEmpty();
            double value = Double.parseDouble(b.getField("value"));
            switch (b.getField("metric")) {
                case "NPS" -> assertThat(value).isBetween(-100.0, 100.0);
                case "CSAT" -> assertThat(value).isBetween(0.0, 100.0);
                case "CES" -> assertThat(value).isBetween(1.0, 7.0);
                default -> throw new AssertionError("unknown metric " + b.getField("metric"));
            }
            assertThat(Integer.parseInt(b.getField("sample_size"))).isPositive();
            assertThat(b.getField("source")).isEqualTo("CX Panel Q-Track");
        });
    }

    @Test
    void targetsCoverEveryMonthAndTheYear() throws IOException {
        // given
        List<NamedCsvRecord> targets = DemoFeedFiles.records(dataset.files().get(2));
        Set<String> months = monthsEndingWith(LAST_DAY);

        // then
        assertThat(targets).hasSize((int) dataset.targetRows());
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.getField("period")).matches("\\d{4}(-\\d{2})?");
            assertThat(t.getField("metric")).isIn("NPS", "CSAT", "CES", "FCR", "WAIT_P90", "AHT", "LOOP_CLOSED_RATE");
            assertThat(t.getField("target")).matches("\\d+(\\.\\d+)?");
        });
        assertThat(targets).filteredOn(t -> t.getField("region").isEmpty() && t.getField("touchpoint").isEmpty())
                .extracting(t -> t.getField("period") + " " + t.getField("metric") + " " + t.getField("target"))
                .contains("2026-11 NPS 32", "2026-11 CSAT 80", "2026-11 CES 5.3", "2025-09 NPS 30", "2026 NPS 32",
                        "2026-11 FCR 78", "2026-11 WAIT_P90 300", "2026-11 AHT 450", "2026-11 LOOP_CLOSED_RATE 75");
        assertThat(targets).filteredOn(t -> t.getField("period").length() == 7)
                .extracting(t -> t.getField("period")).containsOnlyElementsOf(months).hasSameElementsAs(months);
        assertThat(targets).anySatisfy(t -> assertThat(t.getField("region")).isEqualTo("North West"));
        assertThat(targets).anySatisfy(t -> assertThat(t.getField("touchpoint")).isEqualTo("delivery"));
    }

    @Test
    void writesOnlyHeadersForZeroResponses(@TempDir Path empty) throws IOException {
        // when
        DemoDataset none = new DemoDataGenerator(1L).generate(empty, LAST_DAY, 0);

        // then
        assertThat(DemoFeedFiles.records(none.files().get(0))).isEmpty();
        assertThat(none.benchmarkRows()).isEqualTo(360);
        for (Path file : none.files().subList(5, 8)) {
            assertThat(DemoFeedFiles.records(file)).as(file.getFileName().toString()).isEmpty();
            assertThat(DemoFeedFiles.headerLine(file)).isNotEmpty();
        }
        assertThat(none.interactions() + none.followups() + none.accounts()).isZero();
    }

    private static void assertScore(NamedCsvRecord r, String column, int low, int high) {
        String value = r.getField(column);
        if (!value.isEmpty()) {
            assertThat(Integer.parseInt(value)).as(column).isBetween(low, high);
        }
    }

    /** Each customer's answer times, in time order. */
    private static Map<String, List<OffsetDateTime>> answersByCustomer() throws IOException {
        Map<String, List<OffsetDateTime>> answers = new HashMap<>();
        DemoFeedFiles.forEachRecord(dataset.files().get(0), r -> answers.computeIfAbsent(r.getField("customer_id"),
                c -> new ArrayList<>()).add(OffsetDateTime.parse(r.getField("responded_at"))));
        return answers;
    }

    private static List<Integer> scores(List<NamedCsvRecord> responses, String column) {
        return responses.stream().map(r -> r.getField(column)).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    private static Set<String> monthsEndingWith(LocalDate lastDay) {
        Set<String> months = new HashSet<>();
        for (int m = 0; m < 15; m++) {
            months.add(YearMonth.from(lastDay).minusMonths(m).toString());
        }
        return months;
    }
}
