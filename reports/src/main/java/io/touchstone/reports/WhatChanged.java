package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one line at the top of page 1 that says what changed since the prior period, generated
 * from the numbers: the headline changes (significant or within noise), the largest
 * significant NPS moves of a region or touchpoint, the company's significant operational moves
 * (read with each metric's own sense of better), the revenue at risk, and a new topic customers
 * started to write about. Only significant moves are called moves, so the line never reads noise as news.
 */
final class WhatChanged {

    private static final int MOVES = 2;

    private WhatChanged() {
    }

    static String summarise(CxPeriodReport report, String priorLabel, DashboardText text) {
        if (!report.hasResponses()) {
            return DataNotes.noData(report);
        }
        List<String> parts = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        boolean anySignificant = false;
        for (HeadlineKpi headline : report.headlines()) {
            KpiRow row = headline.current();
            if (!ExecutiveDashboard.isSurveyTile(headline.metric()) || row.change() == null) {
                continue;
            }
            boolean significant = Boolean.TRUE.equals(row.changeSignificant());
            anySignificant |= significant;
            headlines.add(headline.metric().code() + " " + text.signed(headline.metric(), row.change())
                    + (significant ? " (significant, now " + text.value(headline.metric(), row.value()) + ")" : ""));
        }
        if (headlines.isEmpty()) {
            parts.add("no comparable prior period for the headline scores");
        } else {
            parts.add(String.join(", ", headlines) + (anySignificant ? "" : " (all within noise)"));
        }
        List<String> moves = report.kpis().stream()
                .filter(row -> row.metric() == Metric.NPS && row.brand().equals(report.ownBrand()))
                .filter(row -> !(row.region().equals(ALL) && row.touchpoint().equals(ALL)))
                .filter(row -> Boolean.TRUE.equals(row.changeSignificant()) && row.change() != null)
                .sorted(Comparator.comparingDouble((KpiRow row) -> -Math.abs(row.change())))
                .limit(MOVES)
                .map(row -> scope(row) + " NPS " + (row.change() < 0 ? "down " : "up ")
                        + text.plain(Metric.NPS, Math.abs(row.change())) + " to " + text.signed(Metric.NPS, row.value()))
                .toList();
        if (!moves.isEmpty()) {
            parts.add("largest significant moves: " + String.join("; ", moves));
        }
        List<KpiRow> operational = report.kpis().stream()
                .filter(row -> row.metric().kind() == Metric.Kind.OPERATIONAL || row.metric().kind() == Metric.Kind.LOOP)
                .filter(row -> row.brand().equals(report.ownBrand()) && row.region().equals(ALL)
                        && row.touchpoint().equals(ALL))
                .filter(row -> Boolean.TRUE.equals(row.changeSignificant()) && row.change() != null)
                .sorted(Comparator.comparing(KpiRow::metric))
                .limit(MOVES)
                .toList();
        if (!operational.isEmpty()) {
            parts.add("operations: " + operationalMoves(operational, text));
        }
        report.operations().revenue().stream()
                .filter(row -> row.region().equals(ALL) && row.touchpoint().equals(ALL) && row.revenueAtRisk() != null)
                .findFirst()
                .ifPresent(row -> parts.add("revenue at risk " + text.money(row.revenueAtRisk())));
        Optional<EmergingTopic> topic = report.emergingTopics().stream()
                .filter(candidate -> candidate.knownTheme() == null).findFirst()
                .or(() -> report.emergingTopics().stream().findFirst());
        topic.ifPresent(emerging -> parts.add((emerging.knownTheme() == null ? "new topic “" : "rising topic “")
                + emerging.term() + "” (" + text.plain(Metric.NPS, emerging.baselineShare()) + " % → "
                + text.plain(Metric.NPS, emerging.share()) + " % of commenters)"));
        return "What changed vs " + priorLabel + ": " + String.join(" · ", parts) + ".";
    }

    /**
     * "FCR −2.5, WAIT_P90 +1 min 35 s (significant, worse)": each move read with its metric's own
     * sense of better, said once when all moves go the same way, so the line stays short.
     */
    private static String operationalMoves(List<KpiRow> moves, DashboardText text) {
        List<String> verdicts = moves.stream()
                .map(row -> row.change() > 0 == row.metric().higherIsBetter() ? "better" : "worse").toList();
        boolean same = verdicts.stream().distinct().count() == 1;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            KpiRow row = moves.get(i);
            parts.add(row.metric().code() + " " + text.signed(row.metric(), row.change())
                    + (same ? "" : " (" + verdicts.get(i) + ")"));
        }
        return String.join(", ", parts) + (same ? " (significant, " + verdicts.get(0) + ")" : " (significant)");
    }

    static String scope(KpiRow row) {
        return ScopeName.of(row.region(), row.touchpoint(), "Company");
    }
}
