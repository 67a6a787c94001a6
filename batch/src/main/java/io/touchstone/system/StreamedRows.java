package io.touchstone.system;

import java.util.Iterator;
import org.jooq.Cursor;
import org.jooq.Record;

/**
 * The rows of a read opened by {@link StreamingReads}, fetched as they are iterated; closing them
 * closes the cursor and ends the transaction the read began, if it began one. A joined
 * transaction is left to its owner: committing a participant only hands it back.
 */
public final class StreamedRows<R extends Record> implements Iterable<R>, AutoCloseable {

    private final Cursor<R> cursor;
    private final Runnable end;

    StreamedRows(Cursor<R> cursor, Runnable end) {
        this.cursor = cursor;
        this.end = end;
    }

    @Override
    public Iterator<R> iterator() {
        return cursor.iterator();
    }

    @Override
    public void close() {
        try {
            cursor.close();
        } finally {
            end.run();
        }
    }
}
