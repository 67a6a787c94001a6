package io.touchstone.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads again, as rows of their own, the lines a stray quote swallowed. A field that opens with a
 * quote and never closes it ({@code X-1,2026-11-15,Northwind,store,"8}) runs on through the line
 * breaks into the following lines, to the next lone quote or the end of the file: to the parser
 * that is one record, and rejecting it would lose every row it swallowed. Only comments and post
 * texts may hold line breaks; a line break in any other column of the contract is taken for such a
 * stray quote. That record is cut at the line break and rejected with a reason naming the quote's
 * line and the lines it swallowed; the text after the line break is parsed again and its rows
 * follow, numbered by the lines they are on, so a good row a stray quote swallowed still loads.
 *
 * <p>The rows come in a fixed order, so a restart that skips the rows it read before lands on
 * the same row. The swallowed text is in memory already, as the record's field, and is parsed
 * from there.
 */
final class StrayQuoteRecovery implements DeliveredRows {

    private final DeliveredRows file;
    private final ColumnLayout layout;
    private final int maxRecordLength;
    /** The swallowed text being read again, itself with a recovery: it may hold another stray quote. */
    private DeliveredRows swallowed;

    /**
     * The rows after the header of a delivered file, stray quotes recovered if it is CSV. A
     * workbook's cells have no quotes to stray, and a line break in one is what the cell holds.
     */
    static DeliveredRows afterHeader(DeliveredRows rows, String fileName, ColumnLayout layout, int maxRecordLength) {
        return DeliveredFile.isWorkbook(fileName) ? rows : new StrayQuoteRecovery(rows, layout, maxRecordLength);
    }

    private StrayQuoteRecovery(DeliveredRows file, ColumnLayout layout, int maxRecordLength) {
        this.file = file;
        this.layout = layout;
        this.maxRecordLength = maxRecordLength;
    }

    @Override
    public boolean hasNext() {
        if (swallowed != null && !swallowed.hasNext()) {
            swallowed = null;
        }
        return swallowed != null || file.hasNext();
    }

    @Override
    public DeliveredRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DeliveredRow row = swallowed == null ? file.next() : swallowed.next();
        List<String> fields = row.fields();
        long line = row.lineNo();
        for (int position = 0; position < fields.size(); position++) {
            String field = fields.get(position);
            int lineBreak = firstLineBreak(field);
            // Most fields hold no line break: one scan of each, and no look-up of its column.
            if (lineBreak < 0) {
                continue;
            }
            Feed.FeedColumn column = layout.columnAt(position);
            if (column != null && !column.freeText()) {
                return cut(row, position, line, lineBreak, column.name());
            }
            line += lineBreaks(field);
        }
        return row;
    }

    /**
     * The row up to the stray quote's line break, rejected; the rest of the record, as the file
     * held it (quotes doubled again, a closing quote where the field ended), queued to be read again.
     */
    private DeliveredRow cut(DeliveredRow row, int position, long quoteLine, int lineBreak, String column) {
        List<String> fields = row.fields();
        String field = fields.get(position);
        int after = lineBreak + (field.startsWith("\r\n", lineBreak) ? 2 : 1);
        StringBuilder rest = new StringBuilder(field.length() - after + 16)
                .append(field.substring(after).replace("\"", "\"\""));
        if (position < fields.size() - 1) {
            rest.append("\",").append(CsvText.join(fields.subList(position + 1, fields.size())));
        }
        long firstSwallowed = quoteLine + 1;
        long lastSwallowed = quoteLine + lineBreaks(rest) + (endsWithLineBreak(rest) ? 0 : 1);
        swallowed = new StrayQuoteRecovery(DeliveredFile.parse(new StringReader(rest.toString()), quoteLine,
                maxRecordLength), layout, maxRecordLength);
        List<String> kept = new ArrayList<>(fields.subList(0, position));
        kept.add(field.substring(0, lineBreak));
        String lines = firstSwallowed == lastSwallowed ? "line " + firstSwallowed
                : "lines " + firstSwallowed + "-" + lastSwallowed;
        return new DeliveredRow(row.lineNo(), List.copyOf(kept), new LineProblem(
                column + " holds a line break: a stray quote swallowed the lines after it",
                column + " holds a line break, so the quote that opens it on line " + quoteLine + " is a stray one:"
                        + " it swallowed " + lines + ", which were read again as rows of their own; remove the quote"
                        + " and send this row again"));
    }

    private static int firstLineBreak(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Line breaks as the parser counts lines: LF, CR LF and a lone CR each end one. */
    private static long lineBreaks(CharSequence text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean endsWithLineBreak(CharSequence text) {
        return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
