package io.touchstone.reports;

import io.touchstone.reports.model.Metric;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * One flat data sheet of the workbook, driven by its column list: a header row that is part of
 * the contract, one typed row per item, frozen header, explicit column widths (a streamed sheet
 * cannot measure its content), landscape print set-up fitted to the page width with the header
 * repeated, and at the end an Excel table (with its autofilter) over everything written.
 *
 * <p>Values are set by type: text is always a string cell, so customer text that starts with
 * {@code =} stays text and never becomes a formula. A {@code null} value leaves its cell out.
 *
 * @param <R> the item one row shows
 */
final class TableSheet<R> {

    /** Fills one cell of a row from the row's item. */
    @FunctionalInterface
    interface CellWriter<R> {
        void write(TableSheet<?> sheet, Row row, int column, R item);
    }

    /**
     * A column: its header (the contract's name), its width in characters and how an item fills
     * its cell. Adding a column, or a sheet, is a line of these, never a new row writer.
     */
    record Column<R>(String name, int width, CellWriter<? super R> writer) {

        static <R> Column<R> text(String name, int width, Function<? super R, String> value) {
            return new Column<>(name, width, (sheet, row, column, item) -> sheet.text(row, column, value.apply(item)));
        }

        static <R> Column<R> number(String name, int width, Function<? super R, Double> value) {
            return new Column<>(name, width,
                    (sheet, row, column, item) -> sheet.number(row, column, value.apply(item), false));
        }

        /** A share kept as points (76.1 for 76.1 %) and shown with a percent sign. */
        static <R> Column<R> percent(String name, int width, Function<? super R, Double> value) {
            return new Column<>(name, width,
                    (sheet, row, column, item) -> sheet.number(row, column, value.apply(item), true));
        }

        /** A value of the row's metric, formatted by its unit: a percent sign, seconds, hours, the currency. */
        static <R> Column<R> measure(String name, int width, Function<? super R, Metric> metric,
                Function<? super R, Double> value) {
            return new Column<>(name, width, (sheet, row, column, item) -> sheet.styled(row, column, value.apply(item),
                    sheet.styles().measure(metric.apply(item))));
        }

        /** A difference of two values of the row's metric: points for a percentage, else the metric's unit. */
        static <R> Column<R> difference(String name, int width, Function<? super R, Metric> metric,
                Function<? super R, Double> value) {
            return new Column<>(name, width, (sheet, row, column, item) -> sheet.styled(row, column, value.apply(item),
                    sheet.styles().difference(metric.apply(item))));
        }

        /** An amount in the reporting currency. */
        static <R> Column<R> money(String name, int width, Function<? super R, Double> value) {
            return new Column<>(name, width,
                    (sheet, row, column, item) -> sheet.styled(row, column, value.apply(item), sheet.styles().money));
        }

        /** The same column filling its cell from a part of a larger item: {@code on(TeamKpiRow::kpi, column)}. */
        static <R, P> Column<R> on(Function<? super R, ? extends P> part, Column<P> column) {
            return new Column<>(column.name(), column.width(),
                    (sheet, row, index, item) -> column.writer().write(sheet, row, index, part.apply(item)));
        }

        static <R> Column<R> integer(String name, int width, Function<? super R, ? extends Number> value) {
            return new Column<>(name, width,
                    (sheet, row, column, item) -> sheet.integer(row, column, value.apply(item)));
        }

        static <R> Column<R> date(String name, int width, Function<? super R, LocalDate> value) {
            return new Column<>(name, width, (sheet, row, column, item) -> sheet.date(row, column, value.apply(item)));
        }

        static <R> Column<R> dateTime(String name, int width, Function<? super R, LocalDateTime> value) {
            return new Column<>(name, width,
                    (sheet, row, column, item) -> sheet.dateTime(row, column, value.apply(item)));
        }

        static <R> Column<R> bool(String name, int width, Function<? super R, Boolean> value) {
            return new Column<>(name, width, (sheet, row, column, item) -> sheet.bool(row, column, value.apply(item)));
        }
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final List<Column<R>> columns;
    private Drawing<?> drawing;
    private int rows;

    TableSheet(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Column<R>> columns) {
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

    /** A sheet of {@code items}, one row each, closed with an Excel table named {@code tableName}. */
    static <R> void write(SXSSFWorkbook workbook, WorkbookStyles styles, String name, String tableName,
            List<Column<R>> columns, Iterable<? extends R> items) {
        TableSheet<R> sheet = new TableSheet<>(workbook, styles, name, columns);
        items.forEach(sheet::add);
        sheet.finish(tableName);
    }

    /** The spreadsheet letter of the column named {@code name} in {@code columns}: {@code H} for the eighth. */
    static String letter(List<? extends Column<?>> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return CellReference.convertNumToColString(i);
            }
        }
        throw new IllegalArgumentException("No column " + name);
    }

    String letter(String name) {
        return letter(columns, name);
    }

    WorkbookStyles styles() {
        return styles;
    }

    /** Writes {@code item} as the next row, column by column. */
    Row add(R item) {
        Row row = newRow();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).writer().write(this, row, i, item);
        }
        return row;
    }

    Row newRow() {
        return sheet.createRow(rows++);
    }

    /** Leaves the next row out altogether, not even empty, so a reader walking the rows never meets a blank one. */
    void skipRow() {
        rows++;
    }

    void text(Row row, int column, String value) {
        put(row, column, value, styles.text, Cell::setCellValue);
    }

    /** A number, shown with a percent sign when {@code percentage}: 76.1 reads 76.1%. */
    void number(Row row, int column, Double value, boolean percentage) {
        put(row, column, value, percentage ? styles.percent : styles.number, Cell::setCellValue);
    }

    void styled(Row row, int column, Double value, CellStyle style) {
        put(row, column, value, style, Cell::setCellValue);
    }

    void integer(Row row, int column, Number value) {
        put(row, column, value, styles.integer, (cell, number) -> cell.setCellValue(number.doubleValue()));
    }

    void date(Row row, int column, LocalDate value) {
        put(row, column, value, styles.date, Cell::setCellValue);
    }

    void dateTime(Row row, int column, LocalDateTime value) {
        put(row, column, value, styles.dateTime, Cell::setCellValue);
    }

    void bool(Row row, int column, Boolean value) {
        // An explicit General format: LibreOffice otherwise borrows the column's number format and shows 0/1.
        put(row, column, value, styles.text, Cell::setCellValue);
    }

    /** A header-styled label with a note holding {@code note}, as a column heading down the side. */
    void label(Row row, int column, String value, String note) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.header);
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        CreationHelper helper = workbook.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        // The anchor's first cell is the cell the note belongs to; the box spans five columns.
        anchor.setCol1(column);
        anchor.setCol2(column + 5);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(note));
        comment.setAuthor("Touchstone");
        cell.setCellComment(comment);
    }

    /**
     * A formula cell with its value cached, so clients that do not recalculate on opening
     * (LibreOffice by default) still show the right number; a blank value caches as blank, never 0.
     */
    void formula(Row row, int column, String formula, Double cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
        if (cached != null) {
            cell.setCellValue(cached);
        } else {
            cell.setCellValue("");
        }
    }

    /** A styled cell with nothing in it: a figure that has no source to read. */
    void blank(Row row, int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    private static <T> void put(Row row, int column, T value, CellStyle style, BiConsumer<Cell, T> setter) {
        if (value != null) {
            Cell cell = row.createCell(column);
            setter.accept(cell, value);
            cell.setCellStyle(style);
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
