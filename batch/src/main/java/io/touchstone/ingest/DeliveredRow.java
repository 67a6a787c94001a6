package io.touchstone.ingest;

import java.util.List;

/**
 * One row of a delivered file: where it starts (line, or sheet row) and its fields as text.
 *
 * @param strayQuote when the row's record swallowed the lines after it through a stray quote,
 *     what to tell the sender ({@link StrayQuoteRecovery}); {@code null} for every sound row
 */
record DeliveredRow(long lineNo, List<String> fields, LineProblem strayQuote) {

    DeliveredRow(long lineNo, List<String> fields) {
        this(lineNo, fields, null);
    }
}
