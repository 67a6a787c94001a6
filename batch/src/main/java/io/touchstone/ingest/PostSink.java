package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.POST;

import io.touchstone.sql.generated.tables.records.PostRecord;
import io.touchstone.system.MultiRowUpsert;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Upserts posts by {@code post_id}, one multi-row statement per chunk. */
@Component
public final class PostSink implements RowSink<PostRecord> {

    private final DSLContext dsl;

    public PostSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<PostRecord> rows) {
        MultiRowUpsert.upsert(dsl, POST, rows);
    }
}
