package io.touchstone.reports;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words and numbers of the dashboard, formatted for the report's locale: a tile's value with
 * its sign and unit, interval, base, target status (a symbol and a word, never colour alone),
 * change with its significance, and the benchmark gaps.
 */
final class DashboardText {

    static final String SIGNIFICANT = " *";
    private static final String MINUS = "\u2212";

    private final Locale locale;
    private final String currency;

    DashboardText(Locale locale) {
        this(locale, null);
    }

    /** With {@code currency}, the ISO 4217 code every amount of the report is in, printed before it. */
    DashboardText(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
    }

    Map<String, Object> tile(HeadlineKpi headline, String priorLabel, String lastYearLabel) {
        KpiRow row = headline.current();
        Map<String, Object> tile = new HashMap<>();
        tile.put("label", switch (headline.metric()) {
            case NPS -> "Net Promoter Score";
            case CSAT -> "Satisfaction (CSAT)";
            case CES -> "Ease (CES, 7 = easy)";
            default -> headline.label();
        });
        boolean suppressed = row.base() == BaseFlag.SUPPRESSED || row.value() == null;
        tile.put("greyed", row.base() != BaseFlag.OK);
        tile.put("value", suppressed ? "—" : value(headline.metric(), row.value()));
        tile.put("interval", suppressed || row.ciLow() == null ? ""
                : "95 % interval " + plain(headline.metric(), row.ciLow()) + " to " + plain(headline.metric(), row.ciHigh()));
        tile.put("base", base(row));
        tile.put("statusCode", row.status() == null ? "NONE" : row.status().name());
        tile.put("status", status(headline.metric(), row));
        tile.put("change", row.change() == null ? "No comparable prior period"
                : "vs " + priorLabel + ": " + signed(headline.metric(), row.change()) + arrow(row.change())
                        + (Boolean.TRUE.equals(row.changeSignificant()) ? ", significant"
                                : Boolean.FALSE.equals(row.changeSignificant()) ? ", within noise" : ", not tested"));
        tile.put("lastYear", row.lastYearValue() == null ? "Same period last year: no data"
                : "Last year (" + lastYearLabel + "): " + value(headline.metric(), row.lastYearValue()));
        tile.put("benchmark", benchmark(headline));
        return tile;
    }

    /** A burst copy's own value under the company's: "North West: +12.3 · n = 2,104 · ✖ off target". */
    String sliceLine(String slice, Metric metric, KpiRow row) {
        if (row == null || row.n() == 0) {
            return slice + ": no answers this period";
        }
        if (row.base() == BaseFlag.SUPPRESSED || row.value() == null) {
            return slice + ": — (n = " + integer(row.n()) + ", suppressed)";
        }
        String status = row.status() == null ? "" : switch (row.status()) {
            case GREEN -> " · \u2714 on target";
            case AMBER -> " · \u25B2 near target";
            case RED -> " · \u2716 off target";
        };
        return slice + ": " + value(metric, row.value()) + " · n = " + integer(row.n())
                + (row.base() == BaseFlag.LOW ? " · low base" : "") + status;
    }

    String base(KpiRow row) {
        String n = "n = " + integer(row.n());
        return switch (row.base()) {
            case OK -> n;
            case LOW -> n + " · low base";
            case SUPPRESSED -> n + " · suppressed";
        };
    }

    String status(Metric metric, KpiRow row) {
        if (row.target() == null) {
            return "No target set";
        }
        // A target reads in the value's unit: "80.0 %", "5 min", "EUR 1,000,000".
        String target = plain(metric, row.target()) + (metric.isPercentage() ? " %" : "");
        if (row.status() == null) {
            return "Target " + target;
        }
        return switch (row.status()) {
            case GREEN -> "\u2714 On target (" + target + ")";
            case AMBER -> "\u25B2 Near target (" + target + ")";
            case RED -> "\u2716 Off target (" + target + ")";
        };
    }

    private String benchmark(HeadlineKpi headline) {
        StringBuilder text = new StringBuilder();
        if (headline.industryGap() != null) {
            text.append("Gap to industry ").append(signed(headline.metric(), headline.industryGap()))
                    .append(Boolean.TRUE.equals(headline.industryGapSignificant()) ? SIGNIFICANT : "");
        }
        if (headline.bestCompetitor() != null && headline.bestCompetitorGap() != null) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("Gap to ").append(headline.bestCompetitor()).append(" (best) ")
                    .append(signed(headline.metric(), headline.bestCompetitorGap()))
                    .append(Boolean.TRUE.equals(headline.bestCompetitorGapSignificant()) ? SIGNIFICANT : "");
        }
        return text.isEmpty() ? "No benchmark for this period" : text.toString();
    }

    String value(Metric metric, double value) {
        return switch (metric.unit()) {
            case PERCENT -> format("#,##0.0", value) + " %";
            case COUNT -> integer((long) value);
            case SECONDS, HOURS, MONEY -> plain(metric, value);
            case SCORE -> metric == Metric.NPS ? signed(metric, value)
                    : format("#,##0.00", value);
        };
    }

    /**
     * A value without a sign for positives, in its unit: seconds as "95 s" or "1 min 35 s", hours
     * as "26.5 h", money as "EUR 1,234,567"; points and scores with one decimal (CES two).
     */
    String plain(Metric metric, double value) {
        double magnitude = Math.abs(value);
        String text = switch (metric.unit()) {
            case SECONDS -> duration(magnitude);
            case HOURS -> format("#,##0.0", magnitude) + " h";
            case MONEY -> money(magnitude);
            default -> format(twoDecimals(metric) ? "#,##0.00" : "#,##0.0", magnitude);
        };
        return value < 0 ? MINUS + text : text;
    }

    String signed(Metric metric, double value) {
        String text = plain(metric, Math.abs(value));
        boolean rounded = switch (metric.unit()) {
            case SECONDS, MONEY -> Math.abs(value) < 0.5;
            case SCORE -> Math.abs(value) < 0.05 && !twoDecimals(metric);
            default -> Math.abs(value) < 0.05;
        };
        if (rounded) {
            return "\u00B1" + text;
        }
        return (value < 0 ? MINUS : "+") + text;
    }

    /** Scores on a short scale read to two decimals: CES (1-7) and the service lift (−4..4). */
    private static boolean twoDecimals(Metric metric) {
        return metric == Metric.CES || metric == Metric.SERVICE_LIFT;
    }

    /** An amount in the report's currency, whole units with thousands separators: "EUR 1,234,567". */
    String money(double amount) {
        String number = NumberFormat.getIntegerInstance(locale).format(Math.round(amount));
        return currency == null ? number : currency + "\u00A0" + number;
    }

    /** Seconds as people say them: "45 s", "1 min 35 s", "1 h 5 min". */
    String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        if (whole < 3600) {
            return whole / 60 + " min" + (whole % 60 == 0 ? "" : " " + whole % 60 + " s");
        }
        long minutes = Math.round(whole / 60.0);
        return integer(minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String arrow(double change) {
        return change > 0 ? " \u25B2" : change < 0 ? " \u25BC" : "";
    }

    private String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
