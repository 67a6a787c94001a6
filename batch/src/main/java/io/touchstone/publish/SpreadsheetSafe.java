package io.touchstone.publish;

/**
 * Keeps the text cells of a published CSV from running as formulas when the file is opened in a
 * spreadsheet. Excel, LibreOffice and Google Sheets evaluate a cell that begins with {@code =},
 * {@code +}, {@code -} or {@code @} (and some strip a leading tab or carriage return first), so an
 * id of {@code =HYPERLINK(…)} or {@code +cmd|calc} in a source file would become a live link or
 * command. Such a cell gets a leading single quote, which spreadsheets read as "this is text".
 *
 * <p><b>NOTE</b>: only text goes through here. Numbers are written as numbers: a sentiment of
 * {@code -0.5} must stay a number a spreadsheet can sum.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
