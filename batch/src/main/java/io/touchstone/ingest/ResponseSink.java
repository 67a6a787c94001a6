package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.RESPONSE;

import io.touchstone.sql.generated.tables.records.ResponseRecord;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Upserts survey responses by {@code response_id}: the large feed, loaded like every other
 * through {@link UpsertSink}'s {@code COPY} into a staging table and one set-based merge.
 */
@Component
public final class ResponseSink implements RowSink<ResponseRecord> {

    private final UpsertSink<ResponseRecord> responses;

    public ResponseSink(DSLContext dsl) {
        this.responses = new UpsertSink<>(dsl, RESPONSE);
    }

    @Override
    public Map<Long, Long> upsert(List<ResponseRecord> rows) {
        return responses.upsert(rows);
    }

    @Override
    public void loaded() {
        responses.loaded();
    }
}
