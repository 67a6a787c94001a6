package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;

import io.touchstone.sql.generated.tables.records.EmployeeFeedbackRecord;
import io.touchstone.system.MultiRowUpsert;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Upserts employee feedback by {@code feedback_id}, one multi-row statement per chunk. */
@Component
public final class EmployeeFeedbackSink implements RowSink<EmployeeFeedbackRecord> {

    private final DSLContext dsl;

    public EmployeeFeedbackSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<EmployeeFeedbackRecord> rows) {
        MultiRowUpsert.upsert(dsl, EMPLOYEE_FEEDBACK, rows);
    }
}
