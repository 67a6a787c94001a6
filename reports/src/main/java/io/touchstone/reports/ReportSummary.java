package io.touchstone.reports;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dashboard in a few lines, for a message that carries it: its title and period, the
 * what-changed line, the headline tiles' figures, and a one-line headline in the copy's own
 * scope. Worded and formatted by the same code as the PDF, from the same report, so a message
 * never says more than, or other than, the file it comes with.
 */
public final class ReportSummary {

    private static final List<Metric> HEADLINE = List.of(Metric.NPS, Metric.CSAT);

    /**
     * One headline tile as text.
     *
     * @param figures the company value with base, target status and change, as on the tile
     * @param slice a burst copy's own value of the metric, as under the tile; {@code null} on the
     *     company dashboard
     */
    public record Tile(String label, String figures, String slice) {
    }

    private final CxPeriodReport report;
    private final DashboardText text;

    private ReportSummary(CxPeriodReport report) {
        this.report = report;
        this.text = new DashboardText(report.locale(), report.operations().currency());
    }

    public static ReportSummary of(CxPeriodReport report) {
        return new ReportSummary(report);
    }

    /** "Northwind · Customer experience · North West". */
    public String title() {
        return ExecutiveDashboard.title(report);
    }

    /** "2026-10 (month, 1 Oct 2026 – 31 Oct 2026) · 160 survey responses". */
    public String period() {
        return ExecutiveDashboard.periodLine(report, text);
    }

    public String whatChanged() {
        return WhatChanged.summarise(report, ExecutiveDashboard.priorLabel(report), text);
    }

    public List<Tile> tiles() {
        String prior = ExecutiveDashboard.priorLabel(report);
        List<Tile> tiles = new ArrayList<>();
        for (HeadlineKpi headline : report.headlines()) {
            if (!ExecutiveDashboard.isSurveyTile(headline.metric())) {
                continue;
            }
            Map<String, Object> tile = text.tile(headline, prior, "same period");
            String figures = tile.get("value") + " · " + tile.get("base") + " · " + tile.get("status") + " · "
                    + tile.get("change");
            String slice = report.slice() == null ? null : text.sliceLine(report.slice().value(), headline.metric(),
                    ExecutiveDashboard.sliceRow(report, headline.metric()));
            tiles.add(new Tile((String) tile.get("label"), figures, slice));
        }
        return tiles;
    }

    /**
     * NPS and CSAT of the copy's own scope with their target status, "NPS +28.9 (off target), CSAT
     * 77.1 %": the company's on the company dashboard, the slice's own on a burst copy.
     */
    public String headline() {
        List<String> parts = new ArrayList<>();
        for (Metric metric : HEADLINE) {
            KpiRow row = report.slice() == null ? companyRow(metric) : ExecutiveDashboard.sliceRow(report, metric);
            parts.add(metric.code() + " " + figure(metric, row));
        }
        return String.join(", ", parts);
    }

    private KpiRow companyRow(Metric metric) {
        return report.headlines().stream().filter(headline -> headline.metric() == metric)
                .map(HeadlineKpi::current).findFirst().orElse(null);
    }

    private String figure(Metric metric, KpiRow row) {
        if (row == null || row.value() == null || row.base() == BaseFlag.SUPPRESSED) {
            return "—";
        }
        String status = row.status() == null ? "" : switch (row.status()) {
            case GREEN -> " (on target)";
            case AMBER -> " (near target)";
            case RED -> " (off target)";
        };
        return text.value(metric, row.value()) + (row.base() == BaseFlag.LOW ? " (low base)" : "") + status;
    }
}
