package io.touchstone.ingest;

/** How many lines of one file a chunk loaded and rejected; every line read is one or the other. */
record LineCounts(long loaded, long rejected) {

    static LineCounts of(Checked<?> line) {
        return line.isAccepted() ? new LineCounts(1, 0) : new LineCounts(0, 1);
    }

    LineCounts plus(LineCounts other) {
        return new LineCounts(loaded + other.loaded, rejected + other.rejected);
    }

    long read() {
        return loaded + rejected;
    }
}
