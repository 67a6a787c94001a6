package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Checks that a sheet's formulas carry, as cached values, what they evaluate to: a client that
 * does not recalculate (a viewer, a script reading the file) shows the same numbers as Excel.
 */
final class CachedFormulaValues {

    private CachedFormulaValues() {
    }

    static void assertMatchEvaluation(Sheet sheet, FormulaEvaluator evaluator, double tolerance) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    assertThat(cell.getNumericCellValue()).as("cached value of " + cell.getAddress())
                            .isCloseTo(evaluator.evaluate(cell).getNumberValue(), within(tolerance));
                }
            }
        }
    }
}
