package io.touchstone.reports;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.ReportPeriod;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.ThemeRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the data-notes page and the page-1 theme list, all drawn from the report model:
 * what the figures say about themselves (no data, low bases, the benchmark's source, quarantined
 * and rejected files), which values have a low base, the reject reasons, the taxonomy version
 * and the definitions in short, so an executive can trust (or question) every number on the
 * earlier pages.
 */
final class DataNotes {

    private static final int LISTED_LOW_BASES = 24;
    private static final int QUOTE_LENGTH = 110;

    private DataNotes() {
    }

    /** The three themes that cost the most NPS points, each with one short quote. */
    static String costliestThemes(CxPeriodReport report, DashboardText text) {
        List<ThemeRow> costly = report.themes().stream()
                .filter(theme -> theme.npsImpact() != null && theme.npsImpact() < 0 && theme.volume() > 0)
                .sorted(Comparator.comparingDouble(ThemeRow::npsImpact))
                .limit(3)
                .toList();
        if (costly.isEmpty()) {
            return "No theme costs NPS points this period.";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < costly.size(); i++) {
            ThemeRow theme = costly.get(i);
            lines.add((i + 1) + ". " + theme.label() + " " + text.signed(Metric.NPS, theme.npsImpact()) + " NPS points · "
                    + text.integer(theme.volume()) + " comments · sentiment "
                    + text.signed(Metric.CES, theme.sentiment() == null ? 0 : theme.sentiment())
                    + (theme.quote() == null ? "" : "\n     “" + shorten(theme.quote()) + "”"));
        }
        return String.join("\n", lines);
    }

    static String notes(CxPeriodReport report, DashboardText text) {
        List<String> notes = new ArrayList<>();
        List<String> shared = report.themes().stream().filter(ThemeRow::sharedFrustration).map(ThemeRow::label).toList();
        if (!shared.isEmpty()) {
            notes.add("Shared frustration — customers and employees are both negative about: "
                    + String.join(", ", shared) + ".");
        }
        notes.addAll(figureNotes(report));
        notes.addAll(report.notes());
        for (FeedQuality feed : report.dataQuality()) {
            if (!feed.topRejectReasons().isEmpty()) {
                notes.add("Most common " + feed.feed() + " rejects: " + String.join("; ", feed.topRejectReasons()));
            }
        }
        if (report.taxonomyVersion() != null) {
            notes.add("Themes from taxonomy version " + report.taxonomyVersion() + ".");
        }
        if (report.sentiment() != null) {
            notes.add(report.sentiment().note());
        }
        return bullets(notes);
    }

    /** Plain-language notes on the figures themselves, in the order a reader should question them. */
    static List<String> figureNotes(CxPeriodReport report) {
        List<String> notes = new ArrayList<>();
        ReportPeriod period = report.period();
        ReportSlice slice = report.slice();
        if (slice != null && report.kpis().stream().noneMatch(row -> row.n() > 0
                && (slice.isRegion() ? row.region() : row.touchpoint()).equals(slice.value()))) {
            notes.add("No survey responses from the " + slice.dimension() + " '" + slice.value() + "' in "
                    + period.label() + ": check its spelling in the distribution file against the feeds.");
        }
        if (!report.hasResponses()) {
            notes.add(noData(report));
        }
        List<KpiRow> lowBases = lowBaseRows(report);
        long low = lowBases.stream().filter(row -> row.base() == BaseFlag.LOW).count();
        long suppressed = lowBases.size() - low;
        if (report.hasResponses() && low + suppressed > 0) {
            notes.add(String.format(Locale.ROOT, "%d values have a low base (n < %d) and are shown greyed; %d with"
                    + " n < %d are suppressed.", low, report.bases().low(), suppressed, report.bases().suppressBelow()));
        }
        notes.add(report.benchmarks().stream().filter(BenchmarkTables::isSurvey).findFirst()
                .map(first -> "Competitor benchmarks: " + first.period()
                        + (first.source() == null ? "" : ", " + first.source()) + ".")
                .orElse("No competitor benchmark covers this period."));
        notes.addAll(operationsNotes(report));
        report.dataQuality().stream().filter(feed -> feed.filesQuarantined() > 0).forEach(feed -> notes.add(
                feed.filesQuarantined() + " " + feed.feed() + " file(s) could not be read and were quarantined;"
                        + " see quarantine/."));
        report.dataQuality().stream().filter(feed -> feed.rowsRejected() > 0).forEach(feed -> notes.add(
                feed.rowsRejected() + " " + feed.feed() + " rows were rejected; see the Data quality sheet."));
        return notes;
    }

    /**
     * What the operations and money pages rest on: whether their feeds delivered anything (a page
     * without data is left out, and said so here), follow-ups still waiting for their response,
     * accounts whose churn horizon is still running, and the low bases among service drivers and
     * churn groups.
     */
    static List<String> operationsNotes(CxPeriodReport report) {
        List<String> notes = new ArrayList<>();
        OperationsReport operations = report.operations();
        boolean interactions = OperationsPage.available(report);
        boolean accounts = MoneyPage.available(report);
        if (!interactions && !accounts) {
            notes.add("No operational data delivered: no interactions, follow-ups or accounts reached the warehouse"
                    + " for this report, so the operations and money pages are left out.");
            return notes;
        }
        if (!interactions) {
            notes.add("No interactions or follow-ups delivered: the operations page is left out.");
        }
        if (!accounts) {
            notes.add("No accounts delivered: the CX in money page is left out.");
        }
        if (operations.unmatchedFollowups() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d follow-ups name a response that is not (yet) in the warehouse:"
                    + " kept, and counted in loop closure once their response arrives.", operations.unmatchedFollowups()));
        }
        CopyScope scope = CopyScope.of(report);
        long running = MoneyPage.churn(report, scope).stream().mapToLong(ChurnGroupRow::horizonIncomplete).sum();
        if (running > 0) {
            notes.add(String.format(Locale.ROOT, "%,d accounts responded less than %d days ago: their churn horizon is"
                    + " not complete, so they are left out of the churn rates (Revenue sheet, horizon_incomplete).",
                    running, operations.churnHorizonDays()));
        }
        List<String> low = new ArrayList<>();
        OperationsPage.drivers(report, scope).stream().filter(row -> row.base() != BaseFlag.OK)
                .forEach(row -> low.add(OperationsPage.driverLabel(row) + " (n = " + row.n() + ")"));
        MoneyPage.churn(report, scope).stream().filter(row -> row.base() != BaseFlag.OK)
                .forEach(row -> low.add("churn of " + MoneyPage.label(row.group()) + " (n = " + row.accounts() + ")"));
        if (!low.isEmpty()) {
            notes.add("Low bases on the operations and money pages, greyed and not tested: " + String.join("; ", low)
                    + ".");
        }
        return notes;
    }

    /** The message of a period no survey response falls in, on page 1 and in the data notes. */
    static String noData(CxPeriodReport report) {
        ReportPeriod period = report.period();
        return "No data for this period: no survey responses fall in " + period.label() + " (" + period.start()
                + " to " + period.end() + "), so this report shows no scores, gaps or trends.";
    }

    static String lowBases(CxPeriodReport report, DashboardText text) {
        if (!report.hasResponses()) {
            return "No values: no survey responses fall in this period.";
        }
        List<KpiRow> low = lowBaseRows(report);
        if (low.isEmpty()) {
            return "Every value of this report has a base of at least " + report.bases().low() + ".";
        }
        List<String> listed = low.stream().limit(LISTED_LOW_BASES)
                .map(row -> WhatChanged.scope(row) + " " + row.metric().code() + " (n = " + text.integer(row.n())
                        + (row.base() == BaseFlag.SUPPRESSED ? ", suppressed)" : ")"))
                .toList();
        return "Shown greyed with " + NpsHeatmap.LOW_BASE_MARK.strip() + " (n < " + report.bases().low()
                + ", not tested or ranked) or blank (n < " + report.bases().suppressBelow() + "): "
                + String.join("; ", listed)
                + (low.size() > LISTED_LOW_BASES ? "; and " + (low.size() - LISTED_LOW_BASES)
                        + " more (KPIs sheet, column base)." : ".");
    }

    /**
     * The values with a low or suppressed base, one per scope and metric. The warehouse keeps a
     * brand-{@code ALL} row beside the own brand's for every scope, and the list names no brand,
     * so each scope is listed once, by the own brand's row where there is one.
     */
    private static List<KpiRow> lowBaseRows(CxPeriodReport report) {
        Map<List<Object>, KpiRow> byScope = new LinkedHashMap<>();
        report.kpis().stream()
                .filter(row -> row.base() != BaseFlag.OK)
                .sorted(Comparator.comparing(KpiRow::region).thenComparing(KpiRow::touchpoint)
                        .thenComparing(row -> row.metric().code())
                        .thenComparing(row -> !row.brand().equals(report.ownBrand())))
                .forEach(row -> byScope.putIfAbsent(List.of(row.region(), row.touchpoint(), row.metric()), row));
        return List.copyOf(byScope.values());
    }

    static String definitions(CxPeriodReport report) {
        List<String> lines = new ArrayList<>(List.of(
                "NPS: % promoters (9-10) − % detractors (0-6) of the answers to the recommend question, −100..100.",
                "CSAT: % of satisfaction answers that are 4 or 5 of 5. CES: mean ease answer, 1-7, 7 = very easy.",
                "95 % interval: value ± 1.96 standard errors. A change or gap marked * is significant: larger"
                        + " than 1.96 combined standard errors, so unlikely to be chance.",
                "Target status: ✔ on target; ▲ near (misses by less than the value's own 95 % margin);"
                        + " ✖ off target.",
                "Low base: n < " + report.bases().low() + " is greyed and never tested or ranked; n < "
                        + report.bases().suppressBelow() + " is not shown.",
                "NPS impact of a theme: NPS of all responses − NPS of the responses that do not mention it.",
                "Benchmark gap: our score − the competitor's, for the period and scope the vendor measured."));
        if (report.sentiment() != null && report.sentiment().learned()) {
            lines.add(String.format(Locale.ROOT, "Sentiment: the lexicon's score blended (%.0f %%) with what the"
                    + " customers' own scores taught tonight (NPS 9-10 / 0-6, ratings 4-5 / 1-2); checked on %.0f %% of"
                    + " them held out. The Definitions sheet has the method.", 100 * report.sentiment().blendWeight(),
                    100 * report.sentiment().heldOutShare()));
        }
        if (OperationsPage.available(report)) {
            lines.add("Operations: first-contact resolution = % of interactions resolved at first contact; waits as"
                    + " median and 90th percentile; handle time = mean; service lift = CSAT after − before the"
                    + " interaction; loop closed = % of detractors contacted within " + report.operations().loopSlaHours()
                    + " h. For waits and times, lower is better.");
        }
        if (MoneyPage.available(report)) {
            lines.add(MoneyPage.method(report.operations()));
        }
        return bullets(lines);
    }

    static String shorten(String quote) {
        if (quote.length() <= QUOTE_LENGTH) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return quote.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).stripTrailing() + "…";
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(line -> "• " + line).toList());
    }
}
