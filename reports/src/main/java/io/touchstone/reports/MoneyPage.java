package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.GridTable.Tone;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.RevenueRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;

/**
 * The "CX in money" page: churn by NPS group with its interval, the revenue at risk and the
 * revenue one NPS point is worth, each with the inputs that produce it, by region or touchpoint,
 * and the method in one sentence. The copy's own scope, as on the operations page.
 */
final class MoneyPage {

    private static final List<String> GROUPS = List.of("promoter", "passive", "detractor");
    private static final int LISTED_SCOPES = 14;

    private MoneyPage() {
    }

    /** Whether any account reached this report: without one the page is left out. */
    static boolean available(CxPeriodReport report) {
        return !report.operations().churnGroups().isEmpty() || !report.operations().revenue().isEmpty()
                || report.kpis().stream().anyMatch(row -> row.n() > 0 && row.metric().kind() == Metric.Kind.MONEY);
    }

    static String title(CxPeriodReport report) {
        return "CX in money" + (report.slice() == null ? "" : " · " + report.slice().value());
    }

    static String intro(CxPeriodReport report) {
        OperationsReport operations = report.operations();
        return "What customers' loyalty is worth, from their accounts: churn counted within "
                + operations.churnHorizonDays() + " days after each account's latest response, amounts in "
                + operations.currency() + " (annual revenue)" + (CopyScope.of(report).isCompany() ? "."
                        : ", for " + CopyScope.of(report).name() + ".");
    }

    /** The method in one sentence, as the page prints it and the workbook's Definitions spell out. */
    static String method(OperationsReport operations) {
        return "Method: each account counts in the NPS group of its latest response and has churned if it closed"
                + " within " + operations.churnHorizonDays() + " days after responding (accounts whose "
                + operations.churnHorizonDays() + " days have not passed yet are left out of the rates); revenue at"
                + " risk = detractors' active annual revenue × (detractor − promoter churn rate); one NPS point = one"
                + " detractor in 200 becoming a promoter, worth responding accounts / 200 × that churn gap × their"
                + " mean revenue; amounts converted to " + operations.currency() + " at the configured rates.";
    }

    /** The copy's revenue row, or the company's when the slice has none. */
    static RevenueRow revenue(CxPeriodReport report) {
        CopyScope scope = CopyScope.of(report);
        List<RevenueRow> rows = report.operations().revenue();
        return rows.stream().filter(row -> scope.is(row.region(), row.touchpoint())).findFirst()
                .or(() -> rows.stream().filter(row -> CopyScope.COMPANY.is(row.region(), row.touchpoint())).findFirst())
                .orElse(null);
    }

    static String atRisk(RevenueRow row, DashboardText text) {
        return row == null || row.revenueAtRisk() == null ? "—" : text.money(row.revenueAtRisk());
    }

    static String atRiskInputs(RevenueRow row, DashboardText text) {
        if (row == null) {
            return "No accounts in this scope.";
        }
        return text.integer(row.detractorActiveAccounts()) + " active detractor accounts with "
                + text.money(row.detractorActiveRevenue()) + " annual revenue × churn gap "
                + (row.churnGap() == null ? "— (a churn rate is suppressed)" : gap(row.churnGap(), text))
                + " (detractors − promoters)";
    }

    static String perPoint(RevenueRow row, DashboardText text) {
        return row == null || row.revenuePerNpsPoint() == null ? "—" : text.money(row.revenuePerNpsPoint());
    }

    static String perPointInputs(RevenueRow row, DashboardText text) {
        if (row == null) {
            return "No accounts in this scope.";
        }
        return text.integer(row.respondingAccounts()) + " responding accounts / 200 × churn gap "
                + (row.churnGap() == null ? "—" : gap(row.churnGap(), text)) + " × mean revenue "
                + (row.meanRevenue() == null ? "—" : text.money(row.meanRevenue()));
    }

    private static String gap(double points, DashboardText text) {
        return text.signed(Metric.NPS, points) + " pts";
    }

    static List<Map<String, ?>> sections(CxPeriodReport report, DashboardText text) throws JRException {
        CopyScope scope = CopyScope.of(report);
        List<Map<String, ?>> sections = new ArrayList<>();
        List<ChurnGroupRow> churn = churn(report, scope);
        if (!churn.isEmpty()) {
            ChurnGroupRow first = churn.get(0);
            sections.add(churnTable(churn, text).section("Churn by NPS group · " + ScopeName.of(first.region(),
                    first.touchpoint(), "Company"), "Churn rate = churned / accounts whose "
                            + report.operations().churnHorizonDays() + " days after responding have passed, with its"
                            + " 95 % interval; accounts still inside the horizon are counted apart, not in the rate. "
                            + NpsHeatmap.LOW_BASE_MARK.strip() + " low base (n < " + report.bases().low() + ")."));
        }
        GridTable byScope = byScope(report, scope, text);
        if (!byScope.isEmpty()) {
            sections.add(byScope.section("Revenue at risk by " + (scope.isCompany() ? "region and touchpoint"
                    : "scope within " + scope.name()), "— a churn rate of the scope is suppressed (n < "
                            + report.bases().suppressBelow() + "), so its gap is not computed."));
        }
        return sections;
    }

    static List<ChurnGroupRow> churn(CxPeriodReport report, CopyScope scope) {
        List<ChurnGroupRow> all = report.operations().churnGroups();
        List<ChurnGroupRow> own = all.stream().filter(row -> scope.is(row.region(), row.touchpoint())).toList();
        List<ChurnGroupRow> shown = own.isEmpty()
                ? all.stream().filter(row -> CopyScope.COMPANY.is(row.region(), row.touchpoint())).toList() : own;
        return shown.stream().sorted(Comparator.comparingInt(row -> GROUPS.indexOf(row.group()))).toList();
    }

    private static GridTable churnTable(List<ChurnGroupRow> rows, DashboardText text) {
        GridTable table = new GridTable(8);
        table.cell("NPS group", Tone.HEAD_LEFT).cell("Accounts", Tone.HEAD).cell("Churned", Tone.HEAD)
                .cell("Churn rate", Tone.HEAD).cell("95 % interval", Tone.HEAD).cell("Horizon running", Tone.HEAD)
                .cell("Active accounts", Tone.HEAD).cell("Active revenue", Tone.HEAD);
        for (ChurnGroupRow row : rows) {
            boolean low = row.base() != BaseFlag.OK;
            Tone tone = low ? Tone.LOW : Tone.PAR;
            table.cell(label(row.group()), Tone.LABEL);
            table.cell(text.integer(row.accounts()), tone);
            table.cell(text.integer(row.churned()), tone);
            table.cell(row.rate() == null ? "—" : text.value(Metric.CHURN_RATE_DETRACTOR, row.rate())
                    + (low ? NpsHeatmap.LOW_BASE_MARK : ""), low ? Tone.LOW : Tone.TOTAL);
            table.cell(row.rate() == null || row.ciLow() == null ? "" : text.plain(Metric.NPS, row.ciLow()) + " to "
                    + text.plain(Metric.NPS, row.ciHigh()) + " %", tone);
            table.cell(text.integer(row.horizonIncomplete()), tone);
            table.cell(text.integer(row.activeAccounts()), tone);
            table.cell(text.money(row.activeRevenue()), tone);
        }
        return table;
    }

    static String label(String group) {
        return switch (group) {
            case "promoter" -> "Promoters (9-10)";
            case "passive" -> "Passives (7-8)";
            case "detractor" -> "Detractors (0-6)";
            default -> group;
        };
    }

    private static GridTable byScope(CxPeriodReport report, CopyScope scope, DashboardText text) {
        List<RevenueRow> rows = report.operations().revenue().stream()
                .filter(row -> scope.isBreakdown(row.region(), row.touchpoint()))
                .sorted(Comparator.comparing((RevenueRow row) -> row.region().equals(
                        ALL)).thenComparing(RevenueRow::region)
                        .thenComparing(RevenueRow::touchpoint))
                .limit(LISTED_SCOPES)
                .toList();
        GridTable table = new GridTable(6);
        if (rows.isEmpty()) {
            return table;
        }
        table.cell("Scope", Tone.HEAD_LEFT).cell("Active detractor accounts", Tone.HEAD)
                .cell("Their revenue", Tone.HEAD).cell("Churn gap", Tone.HEAD).cell("Revenue at risk", Tone.HEAD)
                .cell("Per NPS point", Tone.HEAD);
        for (RevenueRow row : rows) {
            table.cell(ScopeName.of(row.region(), row.touchpoint(), "Company"), Tone.LABEL);
            revenueCells(table, row, text, Tone.PAR);
        }
        RevenueRow total = revenue(report);
        if (total != null) {
            table.cell(scope.isCompany() ? "Company" : scope.name(), Tone.LABEL_TOTAL);
            revenueCells(table, total, text, Tone.TOTAL);
        }
        return table;
    }

    private static void revenueCells(GridTable table, RevenueRow row, DashboardText text, Tone tone) {
        table.cell(text.integer(row.detractorActiveAccounts()), tone);
        table.cell(text.money(row.detractorActiveRevenue()), tone);
        table.cell(row.churnGap() == null ? "—" : gap(row.churnGap(), text), tone);
        table.cell(atRisk(row, text), tone);
        table.cell(perPoint(row, text), tone);
    }
}
