package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.POST;
import static org.jooq.impl.DSL.excluded;

import io.touchstone.sql.generated.tables.records.PostRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Upserts posts by {@code post_id} with one multi-row statement per chunk. A post repeated in
 * the chunk is written once, as its last line has it: one statement cannot update a row twice.
 */
@Component
public final class PostSink implements RowSink<PostRecord> {

    private final DSLContext dsl;

    public PostSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<PostRecord> rows) {
        Map<String, PostRecord> latest = new LinkedHashMap<>();
        rows.forEach(row -> latest.put(row.getPostId(), row));
        var insert = dsl.insertInto(POST, POST.POST_ID, POST.POSTED_AT, POST.SOURCE, POST.BRAND, POST.REGION,
                POST.RATING, POST.TEXT, POST.FILE_ID, POST.LINE_NO);
        for (PostRecord row : latest.values()) {
            insert = insert.values(row.getPostId(), row.getPostedAt(), row.getSource(), row.getBrand(), row.getRegion(),
                    row.getRating(), row.getText(), row.getFileId(), row.getLineNo());
        }
        insert.onConflict(POST.POST_ID)
                .doUpdate()
                .set(POST.POSTED_AT, excluded(POST.POSTED_AT))
                .set(POST.SOURCE, excluded(POST.SOURCE))
                .set(POST.BRAND, excluded(POST.BRAND))
                .set(POST.REGION, excluded(POST.REGION))
                .set(POST.RATING, excluded(POST.RATING))
                .set(POST.TEXT, excluded(POST.TEXT))
                .set(POST.FILE_ID, excluded(POST.FILE_ID))
                .set(POST.LINE_NO, excluded(POST.LINE_NO))
                .execute();
    }
}
