package io.touchstone.ingest;

import java.util.List;

/** One row of a delivered file: where it starts (line, or sheet row) and its fields as text. */
record DeliveredRow(long lineNo, List<String> fields) {
}
