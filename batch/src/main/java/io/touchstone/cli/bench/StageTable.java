package io.touchstone.cli.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Prints the stages beside their floors — seconds, the ratio, and items per second each way —
 * and the closing line: the summed floor, the whole run, their ratio, the peak heap and the
 * database's size on disk.
 */
final class StageTable {

    private StageTable() {
    }

    static void print(PrintWriter out, List<Stage> stages, Duration run, long peakHeap, long databaseBytes) {
        out.printf(Locale.ROOT, "%-12s %10s %10s %7s %16s %16s%n", "stage", "product s", "floor s", "ratio",
                "product items/s", "floor items/s");
        double floor = 0;
        for (Stage stage : stages) {
            floor += stage.floor().seconds();
            out.printf(Locale.ROOT, "%-12s %10.1f %10.1f %7.2f %16s %16s %s%n", stage.name(), stage.productSeconds(),
                    stage.floor().seconds(), stage.ratio(), rate(stage.items(), stage.productSeconds()),
                    rate(stage.items(), stage.floor().seconds()), stage.unit());
        }
        double runSeconds = run.toNanos() / 1e9;
        out.printf(Locale.ROOT, "floor %.1f s, run %.1f s, ratio %.2f; peak heap %,d MiB of %,d MiB;"
                        + " database %,d MiB on disk%n", floor, runSeconds, runSeconds / Math.max(floor, 1e-3),
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, databaseBytes >> 20);
    }

    private static String rate(long items, double seconds) {
        return Double.isNaN(seconds) ? "—" : String.format(Locale.ROOT, "%,.0f", items / Math.max(seconds, 1e-3));
    }
}
