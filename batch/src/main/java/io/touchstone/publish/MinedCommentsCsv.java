package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.inline;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.StreamedRows;
import io.touchstone.system.StreamingReads;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.TextFeeds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.springframework.stereotype.Component;

/**
 * Writes {@code cx-comments_<period>.csv}: every comment, post and employee remark mined in the
 * period, one row each — {@code feed, id, brand, region, touchpoint, at, sentiment,
 * sentiment_label, themes} — for CX analysts who drill into the text. Streams from the
 * database; {@code at} is ISO-8601 with seconds and offset in the reporting time zone; a text
 * cell that a spreadsheet would run as a formula is quoted ({@link SpreadsheetSafe}). Posts and
 * employee remarks have no touchpoint; employee remarks count as the own brand's.
 */
@Component
public final class MinedCommentsCsv {

    /**
     * Always with seconds and offset: {@code OffsetDateTime.toString()} drops the seconds when
     * they are zero, so one column would hold two formats.
     */
    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final StreamingReads streaming;

    public MinedCommentsCsv(DSLContext dsl, TouchstoneProperties properties, StreamingReads streaming) {
        this.dsl = dsl;
        this.properties = properties;
        this.streaming = streaming;
    }

    public void write(NightlyRun run, OutputStream out) {
        ZoneId zone = properties.reporting().timeZone();
        OffsetDateTime from = run.period().startsAt(zone);
        OffsetDateTime before = run.period().endsBefore(zone);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord("feed", "id", "brand", "region", "touchpoint", "at", "sentiment", "sentiment_label", "themes");
        write(csv, zone, streaming.open(dsl.select(COMMENT_MINING.FEED, RESPONSE.RESPONSE_ID, RESPONSE.BRAND, RESPONSE.REGION,
                        RESPONSE.TOUCHPOINT, RESPONSE.RESPONDED_AT, COMMENT_MINING.SENTIMENT, COMMENT_MINING.SENTIMENT_LABEL, COMMENT_MINING.THEMES)
                .from(COMMENT_MINING).join(RESPONSE).on(RESPONSE.RESPONSE_ID.eq(COMMENT_MINING.SOURCE_ID))
                .where(COMMENT_MINING.FEED.eq(TextFeeds.RESPONSES))
                .and(RESPONSE.RESPONDED_AT.ge(from)).and(RESPONSE.RESPONDED_AT.lt(before))
                .orderBy(RESPONSE.RESPONDED_AT, RESPONSE.RESPONSE_ID)));
        write(csv, zone, streaming.open(dsl.select(COMMENT_MINING.FEED, POST.POST_ID, POST.BRAND, POST.REGION,
                        inline((String) null).as("touchpoint"), POST.POSTED_AT, COMMENT_MINING.SENTIMENT,
                        COMMENT_MINING.SENTIMENT_LABEL, COMMENT_MINING.THEMES)
                .from(COMMENT_MINING).join(POST).on(POST.POST_ID.eq(COMMENT_MINING.SOURCE_ID))
                .where(COMMENT_MINING.FEED.eq(TextFeeds.POSTS))
                .and(POST.POSTED_AT.ge(from)).and(POST.POSTED_AT.lt(before))
                .orderBy(POST.POSTED_AT, POST.POST_ID)));
        write(csv, zone, streaming.open(dsl.select(COMMENT_MINING.FEED, EMPLOYEE_FEEDBACK.FEEDBACK_ID,
                        inline(properties.ownBrand()).as("brand"), EMPLOYEE_FEEDBACK.REGION,
                        inline((String) null).as("touchpoint"), EMPLOYEE_FEEDBACK.SUBMITTED_AT, COMMENT_MINING.SENTIMENT,
                        COMMENT_MINING.SENTIMENT_LABEL, COMMENT_MINING.THEMES)
                .from(COMMENT_MINING).join(EMPLOYEE_FEEDBACK).on(EMPLOYEE_FEEDBACK.FEEDBACK_ID.eq(COMMENT_MINING.SOURCE_ID))
                .where(COMMENT_MINING.FEED.eq(TextFeeds.EMPLOYEE))
                .and(EMPLOYEE_FEEDBACK.SUBMITTED_AT.ge(from)).and(EMPLOYEE_FEEDBACK.SUBMITTED_AT.lt(before))
                .orderBy(EMPLOYEE_FEEDBACK.SUBMITTED_AT, EMPLOYEE_FEEDBACK.FEEDBACK_ID)));
        try {
            // the CSV writer buffers on its own: flush it, not just the stream beneath
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the comments file: " + e.getMessage(), e);
        }
    }

    private static void write(CsvWriter csv, ZoneId zone,
            StreamedRows<Record9<String, String, String, String, String, OffsetDateTime, BigDecimal, String, String>> rows) {
        try (rows) {
            for (var row : rows) {
                csv.writeRecord(SpreadsheetSafe.text(row.value1()), SpreadsheetSafe.text(row.value2()),
                        SpreadsheetSafe.text(row.value3()), SpreadsheetSafe.text(row.value4()),
                        SpreadsheetSafe.text(row.value5()), AT.format(row.value6().atZoneSameInstant(zone)),
                        plain(row.value7()), SpreadsheetSafe.text(row.value8()), SpreadsheetSafe.text(row.value9()));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
