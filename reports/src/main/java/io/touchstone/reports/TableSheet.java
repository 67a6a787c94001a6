package io.touchstone.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * One flat data sheet of the workbook: a header row that is part of the contract, typed cells,
 * frozen header, explicit column widths (a streamed sheet cannot measure its content), landscape
 * print set-up fitted to the page width with the header repeated, and at the end an Excel table
 * (with its autofilter) over everything written.
 *
 * <p>Values are set by type: text is always a string cell, so customer text that starts with
 * {@code =} stays text and never becomes a formula.
 */
final class TableSheet {

    /** A column: its header (the contract's name) and its width in characters. */
    record Column(String name, int width) {
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final List<Column> columns;
    private int rows;

    TableSheet(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Column> columns) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        rows = 1;
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    Row newRow() {
        return sheet.createRow(rows++);
    }

    void text(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.text);
        }
    }

    void number(Row row, int column, Double value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.number);
        }
    }

    /** A number, shown with a percent sign when {@code percentage}: 76.1 reads 76.1%. */
    void number(Row row, int column, Double value, boolean percentage) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(percentage ? styles.percent : styles.number);
        }
    }

    void integer(Row row, int column, Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.integer);
        }
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    void dateTime(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.dateTime);
        }
    }

    void bool(Row row, int column, Boolean value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            // An explicit General format: LibreOffice otherwise borrows the column's number format and shows 0/1.
            cell.setCellStyle(styles.text);
        }
    }

    /**
     * Turns what was written into an Excel table with an autofilter. A streamed sheet keeps no
     * rows in memory, so the table's column names are set from the contract, not read back.
     */
    void finish(String tableName) {
        int lastRow = Math.max(rows - 1, 1);
        if (rows == 1) {
            newRow();
        }
        XSSFSheet backing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = backing.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        List<CTTableColumn> tableColumns = table.getCTTable().getTableColumns().getTableColumnList();
        for (int i = 0; i < tableColumns.size(); i++) {
            tableColumns.get(i).setName(columns.get(i).name());
        }
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        var style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
    }
}
