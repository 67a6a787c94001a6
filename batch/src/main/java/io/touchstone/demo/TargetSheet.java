package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.time.YearMonth;

/**
 * Writes the targets feed as finance would set it: company NPS, CSAT and CES targets for every
 * month, region and touchpoint NPS targets for the places the board watches, and one NPS target
 * for the year.
 *
 * <p>The NPS target steps up from 30 to 32 in the calendar year of the last month, as targets
 * do when a new plan is agreed, so a report comparing years sees two different goals.
 */
final class TargetSheet {

    static final String[] HEADER = {"period", "metric", "region", "touchpoint", "target"};

    private static final String NPS_LAST_YEAR = "30";
    private static final String NPS_THIS_YEAR = "32";

    private TargetSheet() {
    }

    /** Writes the header and all target rows; returns the number of rows written. */
    static long write(CsvWriter csv, FieldworkCalendar calendar) {
        csv.writeRecord(HEADER);
        int thisYear = calendar.lastDay().getYear();
        long rows = 0;
        for (int m = 0; m < FieldworkCalendar.MONTHS; m++) {
            YearMonth month = calendar.month(m);
            String period = month.toString();
            String nps = month.getYear() == thisYear ? NPS_THIS_YEAR : NPS_LAST_YEAR;
            csv.writeRecord(period, "NPS", "", "", nps);
            csv.writeRecord(period, "CSAT", "", "", "80");
            csv.writeRecord(period, "CES", "", "", "5.3");
            csv.writeRecord(period, "NPS", StoryLine.REGION, "", "30");
            csv.writeRecord(period, "NPS", "", "delivery", "30");
            csv.writeRecord(period, "NPS", "", "contact-center", "15");
            rows += 6;
        }
        csv.writeRecord(Integer.toString(thisYear), "NPS", "", "", NPS_THIS_YEAR);
        return rows + 1;
    }
}
