package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static org.jooq.impl.DSL.excluded;

import io.touchstone.sql.generated.tables.records.EmployeeFeedbackRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Upserts employee feedback by {@code feedback_id} with one multi-row statement per chunk; a
 * remark repeated in the chunk is written once, as its last line has it.
 */
@Component
public final class EmployeeFeedbackSink implements RowSink<EmployeeFeedbackRecord> {

    private final DSLContext dsl;

    public EmployeeFeedbackSink(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void upsert(List<EmployeeFeedbackRecord> rows) {
        Map<String, EmployeeFeedbackRecord> latest = new LinkedHashMap<>();
        rows.forEach(row -> latest.put(row.getFeedbackId(), row));
        var insert = dsl.insertInto(EMPLOYEE_FEEDBACK, EMPLOYEE_FEEDBACK.FEEDBACK_ID, EMPLOYEE_FEEDBACK.SUBMITTED_AT,
                EMPLOYEE_FEEDBACK.DEPARTMENT, EMPLOYEE_FEEDBACK.REGION, EMPLOYEE_FEEDBACK.TEXT, EMPLOYEE_FEEDBACK.SCORE,
                EMPLOYEE_FEEDBACK.FILE_ID, EMPLOYEE_FEEDBACK.LINE_NO);
        for (EmployeeFeedbackRecord row : latest.values()) {
            insert = insert.values(row.getFeedbackId(), row.getSubmittedAt(), row.getDepartment(), row.getRegion(),
                    row.getText(), row.getScore(), row.getFileId(), row.getLineNo());
        }
        insert.onConflict(EMPLOYEE_FEEDBACK.FEEDBACK_ID)
                .doUpdate()
                .set(EMPLOYEE_FEEDBACK.SUBMITTED_AT, excluded(EMPLOYEE_FEEDBACK.SUBMITTED_AT))
                .set(EMPLOYEE_FEEDBACK.DEPARTMENT, excluded(EMPLOYEE_FEEDBACK.DEPARTMENT))
                .set(EMPLOYEE_FEEDBACK.REGION, excluded(EMPLOYEE_FEEDBACK.REGION))
                .set(EMPLOYEE_FEEDBACK.TEXT, excluded(EMPLOYEE_FEEDBACK.TEXT))
                .set(EMPLOYEE_FEEDBACK.SCORE, excluded(EMPLOYEE_FEEDBACK.SCORE))
                .set(EMPLOYEE_FEEDBACK.FILE_ID, excluded(EMPLOYEE_FEEDBACK.FILE_ID))
                .set(EMPLOYEE_FEEDBACK.LINE_NO, excluded(EMPLOYEE_FEEDBACK.LINE_NO))
                .execute();
    }
}
