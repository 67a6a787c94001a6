package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;

import io.touchstone.sql.generated.tables.records.EmployeeFeedbackRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Upserts employee feedback by {@code feedback_id}. */
@Component
public final class EmployeeFeedbackSink implements RowSink<EmployeeFeedbackRecord> {

    private final DSLContext dsl;

    public EmployeeFeedbackSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<EmployeeFeedbackRecord> rows) {
        dsl.batch(rows.stream().map(row -> dsl.insertInto(EMPLOYEE_FEEDBACK).set(row)
                .onConflict(EMPLOYEE_FEEDBACK.FEEDBACK_ID)
                .doUpdate()
                .set(row)).toList()).execute();
    }
}
