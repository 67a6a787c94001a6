package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.BENCHMARK;

import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Upserts benchmark scores by period, brand, region, touchpoint and metric. A small monthly feed. */
@Component
public final class BenchmarkSink implements RowSink<BenchmarkRecord> {

    private final DSLContext dsl;

    public BenchmarkSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<BenchmarkRecord> rows) {
        dsl.batch(rows.stream().map(row -> dsl.insertInto(BENCHMARK).set(row)
                .onConflict(BENCHMARK.PERIOD, BENCHMARK.BRAND, BENCHMARK.REGION, BENCHMARK.TOUCHPOINT, BENCHMARK.METRIC)
                .doUpdate()
                .set(BENCHMARK.VALUE, row.getValue())
                .set(BENCHMARK.SAMPLE_SIZE, row.getSampleSize())
                .set(BENCHMARK.SOURCE, row.getSource())
                .set(BENCHMARK.FILE_ID, row.getFileId())
                .set(BENCHMARK.LINE_NO, row.getLineNo())).toList()).execute();
    }
}
