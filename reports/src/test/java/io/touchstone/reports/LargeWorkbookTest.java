package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.TargetStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million KPI rows go through the streaming writer with a bounded heap: the writer keeps a
 * window of rows, not the sheet, so its extra memory does not grow with the rows written.
 */
class LargeWorkbookTest {

    private static final int ROWS = 1_000_000;
    /** What holding a million rows of 18 cells as POI objects would take is several gigabytes. */
    private static final long WRITER_BUDGET = 200L * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void aMillionKpiRowsAreWrittenWithBoundedMemory() throws Exception {
        CxPeriodReport report = withKpiRows(SampleReport.october2026(), ROWS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        // Used heap right after a collection is what the writer holds, not the garbage it made.
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Path file = folder.resolve("cx-finance_2026-10.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new FinanceWorkbookWriter().write(report, out);
        } finally {
            sampler.interrupt();
            sampler.join();
        }

        assertThat(peak.get() - baseline).as("heap the writer held beyond the model").isLessThan(WRITER_BUDGET);
        assertThat(kpiTableRange(file)).isEqualTo("A1:S" + (ROWS + 1));
    }

    private static CxPeriodReport withKpiRows(CxPeriodReport sample, int rows) {
        List<KpiRow> kpis = new ArrayList<>(rows);
        Double value = 27.4;
        Double low = 24.1;
        Double high = 30.7;
        Double target = 32.0;
        for (int i = 0; i < rows; i++) {
            kpis.add(new KpiRow("2026-10", SampleReport.START, SampleReport.END, "Northwind", "Region " + (i % 50),
                    "touchpoint " + (i % 20), Metric.NPS, value, 1_000 + i % 100, low, high, value, value, false, target,
                    TargetStatus.RED, BaseFlag.OK, value));
        }
        return new CxPeriodReport(sample.ownBrand(), sample.period(), sample.runId(), sample.businessDate(),
                sample.generatedAt(), sample.zone(), sample.locale(), sample.headlines(), sample.npsTrend(), kpis,
                sample.benchmarks(), sample.dataQuality(), sample.themes(), sample.emergingTopics(),
                sample.taxonomyVersion(), sample.notes(), sample.npsHeatmap(), null, sample.bases(),
                OperationsReport.none(sample.operations().currency()), sample.sentiment());
    }

    /** The KPIs table's range, read from the file's table part without loading the sheet. */
    private static String kpiTableRange(Path file) throws IOException {
        Pattern ref = Pattern.compile("\\sref=\"([A-Z0-9:]+)\"");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/tables/")) {
                    String xml;
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    Matcher matcher = ref.matcher(xml);
                    if (xml.contains("displayName=\"KPIs\"") && matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
        }
        return null;
    }
}
