package io.touchstone.ingest;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of a delivered file, header first, read one at a time. */
interface DeliveredRows extends Iterator<DeliveredRow>, Closeable {
}
