package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.RESPONSE;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.touchstone.job.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.ThemeMiningTasklet;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes {@code cx-comments_<period>.csv}: every comment mined in the period, one row each —
 * {@code feed, id, brand, region, touchpoint, at, sentiment, sentiment_label, themes} — for CX
 * analysts who drill into the text. Streams from the database; {@code at} is ISO-8601 in the
 * reporting time zone.
 */
@Component
public final class MinedCommentsCsv {

    private final DSLContext dsl;
    private final TouchstoneProperties properties;

    public MinedCommentsCsv(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    public void write(NightlyRun run, OutputStream out) {
        ZoneId zone = properties.reporting().timeZone();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord("feed", "id", "brand", "region", "touchpoint", "at", "sentiment", "sentiment_label", "themes");
        try (var rows = dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.BRAND, RESPONSE.REGION, RESPONSE.TOUCHPOINT,
                        RESPONSE.RESPONDED_AT, COMMENT_MINING.SENTIMENT, COMMENT_MINING.SENTIMENT_LABEL,
                        COMMENT_MINING.THEMES)
                .from(COMMENT_MINING)
                .join(RESPONSE).on(RESPONSE.RESPONSE_ID.eq(COMMENT_MINING.SOURCE_ID))
                .where(COMMENT_MINING.FEED.eq(ThemeMiningTasklet.FEED))
                .and(RESPONSE.RESPONDED_AT.ge(run.period().startsAt(zone)))
                .and(RESPONSE.RESPONDED_AT.lt(run.period().endsBefore(zone)))
                .orderBy(RESPONSE.RESPONDED_AT, RESPONSE.RESPONSE_ID)
                .fetchSize(2000)
                .fetchLazy()) {
            for (var row : rows) {
                OffsetDateTime at = row.value5().atZoneSameInstant(zone).toOffsetDateTime();
                csv.writeRecord(ThemeMiningTasklet.FEED, row.value1(), row.value2(), row.value3(), row.value4(),
                        at.toString(), plain(row.value6()), row.value7(), row.value8());
            }
        }
        try {
            // the CSV writer buffers on its own: flush it, not just the stream beneath
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the comments file: " + e.getMessage(), e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
