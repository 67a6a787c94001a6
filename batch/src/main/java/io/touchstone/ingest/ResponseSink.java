package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;

import io.touchstone.sql.generated.tables.Response;
import io.touchstone.sql.generated.tables.records.ResponseRecord;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Upserts survey responses by {@code response_id}, fast: the chunk is streamed with
 * PostgreSQL's {@code COPY} into a session-local staging table, then merged with one
 * {@code INSERT … SELECT DISTINCT ON … ON CONFLICT DO UPDATE}. Batched single-row inserts
 * manage tens of thousands of rows a second; {@code COPY} several hundred thousand.
 *
 * <p>When one chunk holds the same response twice, the later line wins, as it would had the
 * lines arrived in separate files. Such repeats are counted in the database before the merge,
 * from the staging table: a row is a repeat when an earlier line of its file had its id, in this
 * chunk (a window over the stage) or in an earlier one (the stored row, found by its key). So
 * files of millions of rows are counted with one chunk in memory.
 *
 * <p>A stored response is replaced only by a line of its own file or of a later delivery (see
 * {@link UpsertSink#laterDeliveryWins}), and the merge takes the rows in {@code response_id}
 * order, so two files loaded side by side neither undo each other's order nor deadlock.
 */
@Component
public final class ResponseSink implements RowSink<ResponseRecord> {

    private static final Response STAGE = RESPONSE.rename("response_stage");
    private static final List<TableField<ResponseRecord, ?>> COLUMNS = List.of(RESPONSE.RESPONSE_ID,
            RESPONSE.RESPONDED_AT, RESPONSE.BRAND, RESPONSE.TOUCHPOINT, RESPONSE.REGION, RESPONSE.CHANNEL,
            RESPONSE.CUSTOMER_ID, RESPONSE.NPS, RESPONSE.CSAT, RESPONSE.CES, RESPONSE.COMMENT, RESPONSE.LANGUAGE,
            RESPONSE.FILE_ID, RESPONSE.LINE_NO);

    private final DSLContext dsl;
    private final DataSource dataSource;

    public ResponseSink(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    @Override
    public Map<Long, Long> upsert(List<ResponseRecord> rows) {
        dsl.createTemporaryTableIfNotExists(STAGE)
                .as(dsl.selectFrom(RESPONSE))
                .withNoData()
                .onCommitDeleteRows()
                .execute();
        copyIntoStage(rows);
        Map<Long, Long> duplicates = repeatedIds();
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        COLUMNS.stream().filter(column -> column != RESPONSE.RESPONSE_ID)
                .forEach(column -> updates.put(column, excluded(column)));
        dsl.insertInto(RESPONSE, COLUMNS)
                .select(dsl.select(COLUMNS.stream().map(STAGE::field).toList())
                        .distinctOn(STAGE.RESPONSE_ID)
                        .from(STAGE)
                        .orderBy(STAGE.RESPONSE_ID, STAGE.FILE_ID.desc(), STAGE.LINE_NO.desc()))
                .onConflict(RESPONSE.RESPONSE_ID)
                .doUpdate()
                .set(updates)
                .where(UpsertSink.laterDeliveryWins(RESPONSE.FILE_ID))
                .execute();
        return duplicates;
    }

    /**
     * Per file, the staged rows whose id an earlier line of the same file had. The line number
     * comparison keeps a file loaded again from its first line (a run taking over what an
     * abandoned one left half loaded) from counting its own earlier attempt.
     */
    private Map<Long, Long> repeatedIds() {
        Field<Integer> nth = rowNumber().over(partitionBy(STAGE.FILE_ID, STAGE.RESPONSE_ID).orderBy(STAGE.LINE_NO))
                .as("nth");
        var staged = dsl.select(STAGE.FILE_ID, STAGE.RESPONSE_ID, STAGE.LINE_NO, nth).from(STAGE).asTable("staged");
        Field<Long> file = staged.field(STAGE.FILE_ID);
        Field<String> id = staged.field(STAGE.RESPONSE_ID);
        Field<Long> line = staged.field(STAGE.LINE_NO);
        Field<Integer> repeats = count();
        return dsl.select(file, repeats)
                .from(staged)
                .leftJoin(RESPONSE).on(RESPONSE.RESPONSE_ID.eq(id)
                        .and(RESPONSE.FILE_ID.eq(file))
                        .and(RESPONSE.LINE_NO.lt(line)))
                .where(staged.field(nth).gt(1).or(RESPONSE.RESPONSE_ID.isNotNull()))
                .groupBy(file)
                .fetchMap(repeated -> repeated.get(file), repeated -> repeated.get(repeats).longValue());
    }

    private void copyIntoStage(List<ResponseRecord> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (ResponseRecord row : rows) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row.get(COLUMNS.get(i)));
            }
            csv.append('\n');
        }
        String columns = COLUMNS.stream().map(Field::getName).collect(Collectors.joining(", "));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY response_stage (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY of " + rows.size() + " responses failed: "
                    + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty string. */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
    }
}
