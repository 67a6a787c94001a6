package io.touchstone.console;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.rowNumber;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * What a run did not load: its rejected rows (file, line, reason, the raw line as delivered),
 * grouped by the check that refused them, and the files it quarantined whole. The raw lines hold
 * customers' own words, so only cx-leads see them.
 */
@ConditionalOnWebApplication
@Component
final class RunRejects {

    private final DSLContext dsl;

    RunRejects(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A rejected row as delivered. */
    record RejectedRow(String feed, String file, long line, String rule, String reason, String raw) {
    }

    /** The rows one check refused: how many, and the first few as examples. */
    record RejectGroup(String feed, String rule, long rows, List<RejectedRow> examples) {
    }

    /** A file set aside whole, with why. */
    record QuarantinedFile(String feed, String file, long bytes, String reason, OffsetDateTime receivedAt) {
    }

    /** The run's rejected rows in file and line order, a page at a time. */
    List<RejectedRow> rows(long runId, int limit, long offset) {
        return dsl.select(INGEST_FILE.FEED, INGEST_FILE.FILE_NAME, REJECT.LINE_NO, REJECT.RULE, REJECT.REASON,
                        REJECT.RAW_LINE)
                .from(REJECT)
                .join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(REJECT.FILE_ID))
                .where(INGEST_FILE.RUN_ID.eq(runId))
                .orderBy(INGEST_FILE.FILE_NAME, REJECT.LINE_NO)
                .limit(limit)
                .offset(offset)
                .fetch(row -> new RejectedRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    /** Per feed and check, the count of rows it refused and the first {@code examples} of them, commonest first. */
    List<RejectGroup> groups(long runId, int examples) {
        // A row rejected before rules were recorded is grouped by its reason.
        Field<String> rule = coalesce(REJECT.RULE, REJECT.REASON);
        Field<Integer> rowsOfRule = count().over().partitionBy(INGEST_FILE.FEED, rule).as("rows_of_rule");
        Field<Integer> place = rowNumber().over().partitionBy(INGEST_FILE.FEED, rule)
                .orderBy(INGEST_FILE.FILE_NAME, REJECT.LINE_NO).as("place");
        var numbered = dsl.select(INGEST_FILE.FEED, INGEST_FILE.FILE_NAME, REJECT.LINE_NO, rule.as("rule"),
                        REJECT.REASON, REJECT.RAW_LINE, rowsOfRule, place)
                .from(REJECT)
                .join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(REJECT.FILE_ID))
                .where(INGEST_FILE.RUN_ID.eq(runId))
                .asTable("numbered");
        Field<String> feed = numbered.field(INGEST_FILE.FEED);
        Field<String> ruleOf = numbered.field("rule", String.class);
        Field<Integer> rows = numbered.field(rowsOfRule);
        Map<List<String>, RejectGroup> groups = new LinkedHashMap<>();
        dsl.select(feed, numbered.field(INGEST_FILE.FILE_NAME), numbered.field(REJECT.LINE_NO), ruleOf,
                        numbered.field(REJECT.REASON), numbered.field(REJECT.RAW_LINE), rows)
                .from(numbered)
                .where(numbered.field(place).le(examples))
                .orderBy(rows.desc(), feed, ruleOf, numbered.field(place))
                .forEach(row -> groups.computeIfAbsent(List.of(row.value1(), row.value4()),
                                key -> new RejectGroup(row.value1(), row.value4(), row.value7(), new ArrayList<>()))
                        .examples()
                        .add(new RejectedRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                                row.value6())));
        return List.copyOf(groups.values());
    }

    List<QuarantinedFile> quarantined(long runId) {
        return dsl.select(INGEST_FILE.FEED, INGEST_FILE.FILE_NAME, INGEST_FILE.SIZE_BYTES, INGEST_FILE.REASON,
                        INGEST_FILE.RECEIVED_AT)
                .from(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(runId).and(INGEST_FILE.STATUS.eq("quarantined")))
                .orderBy(INGEST_FILE.FILE_NAME)
                .fetch(row -> new QuarantinedFile(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }
}
