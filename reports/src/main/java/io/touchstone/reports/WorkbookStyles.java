package io.touchstone.reports;

import io.touchstone.reports.model.Metric;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the finance workbook, created once per workbook (Excel caps their number). */
final class WorkbookStyles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle integer;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle title;
    final CellStyle seconds;
    final CellStyle hours;
    final CellStyle money;

    /** With {@code currency}, the ISO 4217 code amounts are in, shown after them ("1,234 EUR"); the cell stays a number. */
    WorkbookStyles(Workbook workbook, String currency) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = workbook.createCellStyle();
        text.setWrapText(false);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#"));
        // Percentages stay points as the README's "KPI definitions" give them (76.1 for 76.1 %): the sign is in the format.
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0#\"%\""));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(large);
        seconds = workbook.createCellStyle();
        seconds.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0\" s\""));
        hours = workbook.createCellStyle();
        hours.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0\" h\""));
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0\" " + currency.replaceAll("[^A-Z]", "") + "\""));
    }

    /** The style of a value of {@code metric}, by its unit: a percent sign, seconds, hours, the currency. */
    CellStyle measure(Metric metric) {
        return switch (metric.unit()) {
            case PERCENT -> percent;
            case COUNT -> integer;
            case SECONDS -> seconds;
            case HOURS -> hours;
            case MONEY -> money;
            case SCORE -> number;
        };
    }

    /**
     * The style of a difference between two values of {@code metric}: a change of a percentage is
     * points, so no percent sign; a change of seconds, hours or money keeps its unit.
     */
    CellStyle difference(Metric metric) {
        return switch (metric.unit()) {
            case COUNT -> integer;
            case SECONDS, HOURS, MONEY -> measure(metric);
            case PERCENT, SCORE -> number;
        };
    }
}
