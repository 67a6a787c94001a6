package io.touchstone.ingest;

/**
 * How many lines of one file a chunk loaded and rejected (every line read is one or the other),
 * and how many of the loaded ones repeat an id that an earlier line of the file had.
 */
record LineCounts(long loaded, long rejected, long duplicateIds) {

    static LineCounts of(Checked<?> line) {
        return line.isAccepted() ? new LineCounts(1, 0, 0) : new LineCounts(0, 1, 0);
    }

    static LineCounts duplicates(long duplicateIds) {
        return new LineCounts(0, 0, duplicateIds);
    }

    LineCounts plus(LineCounts other) {
        return new LineCounts(loaded + other.loaded, rejected + other.rejected, duplicateIds + other.duplicateIds);
    }

    long read() {
        return loaded + rejected;
    }
}
