package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.REJECT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Keeps every rejected line with its file, line number, raw text, reason and rule, each in full. */
@Component
public final class RejectBook {

    private final DSLContext dsl;

    public RejectBook(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(Feed feed, List<? extends Checked<?>> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(REJECT, REJECT.FILE_ID, REJECT.LINE_NO, REJECT.FEED, REJECT.RAW_LINE, REJECT.REASON,
                REJECT.RULE);
        for (Checked<?> line : rejected) {
            insert = insert.values(line.line().fileId(), line.line().lineNo(), feed.code(), line.line().raw(),
                    line.rejectReason(), line.rejectRule());
        }
        insert.onConflictDoNothing().execute();
    }
}
