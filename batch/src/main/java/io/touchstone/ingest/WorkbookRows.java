package io.touchstone.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the sheet named after a feed ({@code targets}) of a delivered Excel workbook as rows of
 * text. Numbers are written plainly ({@code 32}, {@code 5.3}); a date cell on the first of a
 * month is read as that month ({@code 2026-10}), since Excel turns a typed {@code 2026-10}
 * into a date. Only small feeds come as workbooks, so the sheet is read whole.
 */
final class WorkbookRows {

    private WorkbookRows() {
    }

    static DeliveredRows read(InputStream in, String sheetName) throws IOException {
        List<DeliveredRow> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = null;
            for (Sheet candidate : workbook) {
                if (candidate.getSheetName().trim().equalsIgnoreCase(sheetName)) {
                    sheet = candidate;
                }
            }
            if (sheet == null) {
                throw new UnreadableFileException("the workbook has no sheet named '" + sheetName
                        + "'; rename the sheet that holds the " + sheetName);
            }
            int width = 0;
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int column = 0; column < Math.max(width, row.getLastCellNum()); column++) {
                    fields.add(text(row.getCell(column)));
                }
                if (rows.isEmpty()) {
                    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                        fields.remove(fields.size() - 1);
                    }
                    width = fields.size();
                } else {
                    fields = fields.subList(0, Math.min(fields.size(), Math.max(width, lastFilled(fields) + 1)));
                }
                if (fields.stream().anyMatch(field -> !field.isEmpty())) {
                    rows.add(new DeliveredRow(row.getRowNum() + 1L, List.copyOf(fields)));
                }
            }
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new UnreadableFileException("not a readable Excel .xlsx workbook (" + e.getMessage() + ")");
        }
        // The workbook is closed already: its rows were copied out.
        return DeliveredRows.of(rows.iterator(), () -> { });
    }

    private static int lastFilled(List<String> fields) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (!fields.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield date.getDayOfMonth() == 1
                            ? String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue())
                            : date.toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
