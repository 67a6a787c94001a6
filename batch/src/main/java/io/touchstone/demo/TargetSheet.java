package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.time.YearMonth;

/**
 * Writes the targets feed as finance would set it: company NPS, CSAT and CES targets for every
 * month, region and touchpoint NPS targets for the places the board watches, and one NPS target
 * for the year; and the service goals operations agreed with finance: first-contact resolution,
 * the 90th-percentile wait, handle time and closing the loop with detractors, for the company and
 * for the region the story is about.
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
            csv.writeRecord(period, "FCR", "", "", "78");
            csv.writeRecord(period, "WAIT_P90", "", "", "300");
            csv.writeRecord(period, "AHT", "", "", "450");
            csv.writeRecord(period, "LOOP_CLOSED_RATE", "", "", "75");
            csv.writeRecord(period, "FCR", StoryLine.REGION, "", "78");
            csv.writeRecord(period, "WAIT_P90", StoryLine.REGION, "", "300");
            csv.writeRecord(period, "LOOP_CLOSED_RATE", StoryLine.REGION, "", "75");
            rows += 13;
        }
        csv.writeRecord(Integer.toString(thisYear), "NPS", "", "", NPS_THIS_YEAR);
        return rows + 1;
    }
}
