package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.GridTable.Tone;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.HeatmapCell;
import io.touchstone.reports.model.Metric;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The page-1 heatmap: NPS by touchpoint, in journey order and grouped by stage, down, and by
 * region across, with the company's totals in the last row and column. A cell is coloured by
 * how far it sits from the company's NPS, so the hot spots stand out; the number itself is
 * always printed, so colour is never the only carrier. Low bases are greyed and marked, never
 * coloured; suppressed cells are blank.
 */
final class NpsHeatmap {

    /** NPS points from the company figure that make a cell light or dark. */
    static final double NOTABLE = 3;
    static final double LARGE = 10;
    static final String LOW_BASE_MARK = " †";
    private static final int COMFORTABLE_ROWS = 10;
    private static final int COMPACT_ROW = 9;

    private NpsHeatmap() {
    }

    static boolean available(CxPeriodReport report) {
        return report.npsHeatmap().stream().anyMatch(cell -> !cell.touchpoint().equals(ALL) || !cell.region().equals(ALL));
    }

    static GridTable table(CxPeriodReport report, DashboardText text) {
        List<HeatmapCell> heatmap = report.npsHeatmap();
        Map<Place, HeatmapCell> byScope = new HashMap<>();
        heatmap.forEach(cell -> byScope.put(new Place(cell.touchpoint(), cell.region()), cell));
        List<String> regions = heatmap.stream().map(HeatmapCell::region).filter(region -> !region.equals(ALL))
                .distinct().sorted().toList();
        List<HeatmapCell> rows = heatmap.stream().filter(cell -> !cell.touchpoint().equals(ALL))
                .sorted(Comparator.comparingInt(HeatmapCell::stageOrder).thenComparing(HeatmapCell::touchpoint))
                .filter(distinctBy(HeatmapCell::touchpoint))
                .toList();
        HeatmapCell corner = byScope.get(new Place(ALL, ALL));
        Double company = corner == null ? null : corner.nps();

        // Beyond ten touchpoints the rows tighten, so page 1 still holds the story on Letter paper.
        GridTable table = new GridTable(regions.size() + 3, rows.size() > COMFORTABLE_ROWS ? COMPACT_ROW
                : DashboardTemplates.ROW_HEIGHT);
        table.cell("Journey stage", Tone.HEAD_LEFT).cell("Touchpoint", Tone.HEAD_LEFT);
        regions.forEach(region -> table.cell(region, Tone.HEAD));
        table.cell("All regions", Tone.HEAD);
        String stage = null;
        for (HeatmapCell row : rows) {
            table.cell(row.stage().equals(stage) ? "" : row.stage(), Tone.STAGE);
            stage = row.stage();
            table.cell(row.touchpoint(), Tone.LABEL);
            for (String region : regions) {
                value(table, byScope.get(new Place(row.touchpoint(), region)), company, text, false);
            }
            value(table, byScope.get(new Place(row.touchpoint(), ALL)), company, text, false);
        }
        table.cell("", Tone.STAGE).cell("All touchpoints", Tone.LABEL_TOTAL);
        for (String region : regions) {
            value(table, byScope.get(new Place(ALL, region)), company, text, false);
        }
        value(table, byScope.get(new Place(ALL, ALL)), company, text, true);
        return table;
    }

    static String legend(CxPeriodReport report, DashboardText text) {
        Double company = report.npsHeatmap().stream()
                .filter(cell -> cell.touchpoint().equals(ALL) && cell.region().equals(ALL))
                .findFirst().map(HeatmapCell::nps).orElse(null);
        if (company == null) {
            return "Not coloured: the company's NPS has too small a base to compare against." + LOW_BASE_MARK
                    + " low base (n < " + report.bases().low() + "), greyed; — suppressed (n < "
                    + report.bases().suppressBelow() + ").";
        }
        return "Colour shows NPS against the company's " + text.signed(Metric.NPS, company) + ": dark red " + (int) LARGE
                + "+ points below, light red "
                + (int) NOTABLE + "–" + (int) LARGE + " below, grey within " + (int) NOTABLE + ", light green "
                + (int) NOTABLE + "–" + (int) LARGE + " above, dark green " + (int) LARGE + "+ above."
                + LOW_BASE_MARK + " low base (n < " + report.bases().low() + "): greyed, not coloured;"
                + " — suppressed (n < " + report.bases().suppressBelow() + ").";
    }

    private static void value(GridTable table, HeatmapCell cell, Double company, DashboardText text, boolean corner) {
        if (cell == null) {
            table.cell("", Tone.PLAIN);
        } else if (cell.base() == BaseFlag.SUPPRESSED || cell.nps() == null) {
            table.cell("—", Tone.LOW);
        } else if (cell.base() == BaseFlag.LOW) {
            table.cell(text.signed(Metric.NPS, cell.nps()) + LOW_BASE_MARK, Tone.LOW);
        } else if (corner || company == null) {
            table.cell(text.signed(Metric.NPS, cell.nps()), Tone.TOTAL);
        } else {
            table.cell(text.signed(Metric.NPS, cell.nps()), tone(cell.nps() - company));
        }
    }

    /** Where a cell sits: its touchpoint row and region column. */
    private record Place(String touchpoint, String region) {
    }

    static Tone tone(double difference) {
        if (difference <= -LARGE) {
            return Tone.WORSE_2;
        }
        if (difference <= -NOTABLE) {
            return Tone.WORSE_1;
        }
        if (difference >= LARGE) {
            return Tone.BETTER_2;
        }
        return difference >= NOTABLE ? Tone.BETTER_1 : Tone.PAR;
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return element -> seen.add(key.apply(element));
    }
}
