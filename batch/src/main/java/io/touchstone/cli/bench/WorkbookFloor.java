package io.touchstone.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor under the finance workbook: a bare POI streaming (SXSSF) write of as many cells,
 * ten to a row, alternating text and numbers — no styles, formulas or sheets by section.
 */
final class WorkbookFloor {

    private static final int COLUMNS = 10;

    private WorkbookFloor() {
    }

    static Measured write(long cells, Path file) throws IOException {
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("floor");
            Row row = null;
            for (long cell = 0; cell < cells; cell++) {
                int column = (int) (cell % COLUMNS);
                if (column == 0) {
                    row = sheet.createRow((int) (cell / COLUMNS));
                }
                if (column % 2 == 0) {
                    row.createCell(column).setCellValue("scope " + cell);
                } else {
                    row.createCell(column).setCellValue(cell / 7.0);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return Measured.since(start, cells);
    }
}
