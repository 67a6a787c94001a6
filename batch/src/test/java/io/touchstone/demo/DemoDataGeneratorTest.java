package io.touchstone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        new DemoDataGenerator(7).generate(folder.resolve("a"), LAST_DAY, 5_000);
        new DemoDataGenerator(7).generate(folder.resolve("b"), LAST_DAY, 5_000);

        for (String file : List.of("responses_demo.csv.gz", "benchmarks_demo.csv", "targets_demo.csv")) {
            assertThat(Files.readAllBytes(folder.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(folder.resolve("b").resolve(file)));
        }
    }

    @Test
    void filesFollowTheFeedContractWithValidScores() throws IOException {
        DemoDataset dataset = new DemoDataGenerator(42).generate(folder, LAST_DAY, 20_000);

        List<CsvRecord> responses = responses();
        assertThat(responses.get(0).getFields()).containsExactly("response_id", "responded_at", "brand", "touchpoint",
                "region", "channel", "customer_id", "nps", "csat", "ces", "comment", "language");
        assertThat(responses).hasSize(20_001);
        assertThat(dataset.responses()).isEqualTo(20_000);
        for (CsvRecord row : responses.subList(1, responses.size())) {
            assertThat(row.getFieldCount()).isEqualTo(12);
            assertThat(row.getField(7).isEmpty() || Integer.parseInt(row.getField(7)) <= 10).isTrue();
            assertThat(row.getField(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
            assertThat(row.getField(7).isEmpty() && row.getField(8).isEmpty() && row.getField(9).isEmpty()
                    && row.getField(10).isEmpty()).isFalse();
        }
        assertThat(responses.get(1).getField(1)).startsWith("2025-08-01");
        assertThat(responses.get(responses.size() - 1).getField(1)).startsWith("2026-10-31");
        assertThat(Files.readAllLines(folder.resolve("benchmarks_demo.csv")).get(0))
                .isEqualTo("period,brand,touchpoint,region,metric,value,sample_size,source");
        assertThat(Files.readAllLines(folder.resolve("targets_demo.csv")).get(0))
                .isEqualTo("period,metric,region,touchpoint,target");
    }

    @Test
    void deliveryInTheNorthWestCollapsesOverTheLastTwoMonths() throws IOException {
        new DemoDataGenerator(42).generate(folder, LAST_DAY, 60_000);

        int[] before = new int[3];
        int[] story = new int[3];
        for (CsvRecord row : responses().subList(1, 60_001)) {
            if (!row.getField(3).equals("delivery") || !row.getField(4).equals("North West") || row.getField(7).isEmpty()) {
                continue;
            }
            int[] tally = row.getField(1).compareTo("2026-09-01") >= 0 ? story : before;
            int nps = Integer.parseInt(row.getField(7));
            tally[0]++;
            tally[1] += nps >= 9 ? 1 : 0;
            tally[2] += nps <= 6 ? 1 : 0;
        }
        double npsBefore = 100.0 * (before[1] - before[2]) / before[0];
        double npsStory = 100.0 * (story[1] - story[2]) / story[0];

        assertThat(npsBefore).isGreaterThan(20);
        assertThat(npsStory).isLessThan(0);
    }

    @Test
    void fabrikamDeliveryClimbsInTheBenchmarks() throws IOException {
        new DemoDataGenerator(42).generate(folder, LAST_DAY, 1_000);

        List<String> fabrikamDelivery = Files.readAllLines(folder.resolve("benchmarks_demo.csv")).stream()
                .filter(line -> line.contains(",Fabrikam,delivery,,NPS,")).toList();
        double early = Double.parseDouble(fabrikamDelivery.get(0).split(",")[5]);
        double last = Double.parseDouble(fabrikamDelivery.get(fabrikamDelivery.size() - 1).split(",")[5]);

        assertThat(fabrikamDelivery).hasSize(15);
        assertThat(last - early).isGreaterThan(10);
    }

    private List<CsvRecord> responses() throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(folder.resolve("responses_demo.csv.gz"))),
                StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        }
    }
}
