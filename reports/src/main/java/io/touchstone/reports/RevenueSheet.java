package io.touchstone.reports;

import io.touchstone.reports.TableSheet.Column;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.RevenueRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;

/**
 * The workbook's {@code Revenue} sheet: one row per scope with, per NPS group, the churn counts
 * and rate (accounts whose horizon has passed, of them churned, those whose horizon is still
 * running and kept out of the rate, the rate with its interval and base, active accounts and
 * revenue), then the accounts and revenue at risk and the inputs of revenue per NPS point. The
 * churn gap, revenue at risk and revenue per NPS point are formulas over the row's own cells,
 * their values cached, so finance can audit them and clients that do not recalculate still show
 * them. Currency and horizon are columns, so every row says what it is measured in.
 */
final class RevenueSheet {

    static final List<String> GROUPS = List.of("promoter", "passive", "detractor");

    /** The churn groups and revenue figures of one region × touchpoint. */
    record Scope(String region, String touchpoint, Map<String, ChurnGroupRow> groups, RevenueRow revenue) {
    }

    private RevenueSheet() {
    }

    static List<Column<Scope>> columns(CxPeriodReport report) {
        OperationsReport operations = report.operations();
        List<Column<Scope>> columns = new ArrayList<>(List.of(
                Column.text("period", 10, scope -> report.period().label()),
                Column.text("region", 14, Scope::region),
                Column.text("touchpoint", 16, Scope::touchpoint),
                Column.text("currency", 9, scope -> operations.currency()),
                Column.integer("horizon_days", 13, scope -> operations.churnHorizonDays())));
        for (String group : GROUPS) {
            columns.add(Column.integer(group + "_accounts", 18, scope -> value(scope, group, ChurnGroupRow::accounts)));
            columns.add(Column.integer(group + "_churned", 17, scope -> value(scope, group, ChurnGroupRow::churned)));
            columns.add(Column.integer(group + "_horizon_incomplete", 28,
                    scope -> value(scope, group, ChurnGroupRow::horizonIncomplete)));
            columns.add(Column.percent(group + "_churn_rate", 17, scope -> value(scope, group, ChurnGroupRow::rate)));
            columns.add(Column.percent(group + "_ci_low", 14, scope -> value(scope, group, ChurnGroupRow::ciLow)));
            columns.add(Column.percent(group + "_ci_high", 14, scope -> value(scope, group, ChurnGroupRow::ciHigh)));
            columns.add(Column.text(group + "_base", 12, scope -> {
                BaseFlag base = value(scope, group, ChurnGroupRow::base);
                return base == null ? null : base.code();
            }));
            columns.add(Column.integer(group + "_active_accounts", 20,
                    scope -> value(scope, group, ChurnGroupRow::activeAccounts)));
            columns.add(Column.money(group + "_active_revenue", 20,
                    scope -> value(scope, group, ChurnGroupRow::activeRevenue)));
        }
        columns.add(Column.integer("at_risk_accounts", 16, scope -> revenue(scope, RevenueRow::detractorActiveAccounts)));
        columns.add(Column.money("at_risk_revenue", 16, scope -> revenue(scope, RevenueRow::detractorActiveRevenue)));
        columns.add(new Column<>("churn_gap", 11, (sheet, row, column, scope) -> churnGap(sheet, row, column, scope)));
        columns.add(formula("revenue_at_risk", "IF(ISNUMBER(%2$s%1$d),%3$s%1$d*%2$s%1$d/100,\"\")",
                scope -> revenue(scope, RevenueRow::revenueAtRisk), "churn_gap", "at_risk_revenue"));
        columns.add(Column.integer("responding_accounts", 20, scope -> revenue(scope, RevenueRow::respondingAccounts)));
        columns.add(Column.money("mean_revenue", 14, scope -> revenue(scope, RevenueRow::meanRevenue)));
        columns.add(formula("revenue_per_nps_point",
                "IF(AND(ISNUMBER(%2$s%1$d),ISNUMBER(%4$s%1$d)),%3$s%1$d/200*%2$s%1$d/100*%4$s%1$d,\"\")",
                scope -> revenue(scope, RevenueRow::revenuePerNpsPoint), "churn_gap", "responding_accounts",
                "mean_revenue"));
        return columns;
    }

    /** The sheet's rows: every scope with a revenue row, in the model's order, then scopes with churn groups only. */
    static List<Scope> scopes(OperationsReport operations) {
        Map<List<String>, Map<String, ChurnGroupRow>> groups = new LinkedHashMap<>();
        for (ChurnGroupRow row : operations.churnGroups()) {
            groups.computeIfAbsent(List.of(row.region(), row.touchpoint()), key -> new HashMap<>()).put(row.group(), row);
        }
        Map<List<String>, Scope> scopes = new LinkedHashMap<>();
        for (RevenueRow row : operations.revenue()) {
            List<String> key = List.of(row.region(), row.touchpoint());
            scopes.put(key, new Scope(row.region(), row.touchpoint(), groups.getOrDefault(key, Map.of()), row));
        }
        groups.forEach((key, byGroup) -> scopes.putIfAbsent(key, new Scope(key.get(0), key.get(1), byGroup, null)));
        return List.copyOf(scopes.values());
    }

    private static <T> T value(Scope scope, String group, Function<ChurnGroupRow, T> value) {
        ChurnGroupRow row = scope.groups().get(group);
        return row == null ? null : value.apply(row);
    }

    private static <T> T revenue(Scope scope, Function<RevenueRow, T> value) {
        return scope.revenue() == null ? null : value.apply(scope.revenue());
    }

    /**
     * Detractors' churn rate minus promoters', as a formula over the row's rate cells when both
     * are there; the model's gap as a number otherwise (a scope whose rates are not on the sheet).
     */
    private static void churnGap(TableSheet<?> sheet, Row row, int column, Scope scope) {
        Double gap = revenue(scope, RevenueRow::churnGap);
        Double detractors = value(scope, "detractor", ChurnGroupRow::rate);
        Double promoters = value(scope, "promoter", ChurnGroupRow::rate);
        if (detractors == null || promoters == null) {
            sheet.styled(row, column, gap, sheet.styles().number);
            return;
        }
        int excelRow = row.getRowNum() + 1;
        sheet.formula(row, column, String.format(Locale.ROOT, "%1$s%3$d-%2$s%3$d",
                sheet.letter("detractor_churn_rate"), sheet.letter("promoter_churn_rate"), excelRow),
                gap == null ? detractors - promoters : gap, sheet.styles().number);
    }

    /** A money figure as a formula over other cells of its row (named by column), its value cached. */
    private static Column<Scope> formula(String name, String pattern, Function<Scope, Double> cached,
            String... inputs) {
        return new Column<>(name, 20, (sheet, row, column, scope) -> {
            Object[] arguments = new Object[inputs.length + 1];
            arguments[0] = row.getRowNum() + 1;
            for (int i = 0; i < inputs.length; i++) {
                arguments[i + 1] = sheet.letter(inputs[i]);
            }
            sheet.formula(row, column, String.format(Locale.ROOT, pattern, arguments), cached.apply(scope),
                    sheet.styles().money);
        });
    }
}
