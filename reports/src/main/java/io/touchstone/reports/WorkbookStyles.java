package io.touchstone.reports;

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

    WorkbookStyles(Workbook workbook) {
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
    }
}
