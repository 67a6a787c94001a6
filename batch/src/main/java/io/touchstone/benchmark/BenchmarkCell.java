package io.touchstone.benchmark;

import io.touchstone.sql.generated.tables.records.BenchmarkRecord;

/** One cell of a benchmark study: the brands' scores on one metric in one region and touchpoint. */
record BenchmarkCell(String region, String touchpoint, String metric) {

    static BenchmarkCell of(BenchmarkRecord row) {
        return new BenchmarkCell(row.getRegion(), row.getTouchpoint(), row.getMetric());
    }
}
