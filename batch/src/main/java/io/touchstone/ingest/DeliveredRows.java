package io.touchstone.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/** The rows of a delivered file, header first, read one at a time. */
interface DeliveredRows extends Iterator<DeliveredRow>, Closeable {

    /** The rows an iterator gives, closing {@code source} when they are closed. */
    static DeliveredRows of(Iterator<DeliveredRow> rows, Closeable source) {
        return new DeliveredRows() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public DeliveredRow next() {
                return rows.next();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }
}
