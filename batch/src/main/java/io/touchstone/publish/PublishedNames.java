package io.touchstone.publish;

import io.touchstone.reports.model.ReportSlice;

/**
 * The names of a period's published files, spelt once for the writer and for whoever sends or
 * serves them: {@code cx-dashboard_<period>.pdf}, {@code cx-dashboard_<period>_<slice>.pdf},
 * {@code cx-finance_<period>.xlsx} and {@code cx-comments_<period>.csv}.
 */
public final class PublishedNames {

    private PublishedNames() {
    }

    public static String dashboard(String period) {
        return "cx-dashboard_" + period + ".pdf";
    }

    public static String burstCopy(String period, ReportSlice slice) {
        return "cx-dashboard_" + period + "_" + slice.fileSuffix() + ".pdf";
    }

    public static String workbook(String period) {
        return "cx-finance_" + period + ".xlsx";
    }

    public static String comments(String period) {
        return "cx-comments_" + period + ".csv";
    }
}
