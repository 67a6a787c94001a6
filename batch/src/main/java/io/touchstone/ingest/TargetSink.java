package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.TARGET;

import io.touchstone.sql.generated.tables.records.TargetRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Upserts targets by period, metric, region and touchpoint: a revised target replaces the old one. */
@Component
public final class TargetSink implements RowSink<TargetRecord> {

    private final DSLContext dsl;

    public TargetSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<TargetRecord> rows) {
        dsl.batch(rows.stream().map(row -> dsl.insertInto(TARGET).set(row)
                .onConflict(TARGET.PERIOD, TARGET.METRIC, TARGET.REGION, TARGET.TOUCHPOINT)
                .doUpdate()
                .set(TARGET.TARGET_, row.getTarget())
                .set(TARGET.FILE_ID, row.getFileId())
                .set(TARGET.LINE_NO, row.getLineNo())).toList()).execute();
    }
}
