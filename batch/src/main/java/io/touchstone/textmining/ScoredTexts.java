package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import io.touchstone.system.StreamingReads;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Streams the own brand's texts its customers scored themselves, each with the weak label the
 * score gives it: a survey comment by its NPS answer (9-10 positive, 0-6 negative, passives
 * left out), without one by its CSAT (4-5 / 1-2), without that by its CES (6-7 / 1-2, 7 = very
 * easy); a post or review of the own brand by its rating (4-5 / 1-2). Middling scores say
 * nothing clear about the words and are left out.
 */
@Component
public final class ScoredTexts {

    private final DSLContext dsl;
    private final StreamingReads streaming;

    public ScoredTexts(DSLContext dsl, StreamingReads streaming) {
        this.dsl = dsl;
        this.streaming = streaming;
    }

    /** One text and what its customer's own score says of it. */
    public record ScoredText(String key, String text, boolean positive) {
    }

    void forEach(String ownBrand, OffsetDateTime from, OffsetDateTime before, Consumer<ScoredText> texts) {
        // The label is worked out in the query, so only texts with a clear score leave the database.
        Field<Boolean> surveyPositive = when(RESPONSE.NPS.isNotNull(), when(RESPONSE.NPS.ge((short) 9), inline(true))
                        .when(RESPONSE.NPS.le((short) 6), inline(false)))
                .when(RESPONSE.CSAT.isNotNull(), when(RESPONSE.CSAT.ge((short) 4), inline(true))
                        .when(RESPONSE.CSAT.le((short) 2), inline(false)))
                .when(RESPONSE.CES.ge((short) 6), inline(true))
                .when(RESPONSE.CES.le((short) 2), inline(false))
                .as("positive");
        Condition responses = RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before))
                .and(RESPONSE.BRAND.eq(ownBrand)).and(RESPONSE.COMMENT.isNotNull());
        try (var rows = streaming.open(dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.COMMENT, surveyPositive)
                .from(RESPONSE)
                .where(responses))) {
            rows.forEach(row -> {
                if (row.value3() != null && !row.value2().isBlank()) {
                    texts.accept(new ScoredText(TextFeeds.RESPONSES + ":" + row.value1(), row.value2(), row.value3()));
                }
            });
        }
        try (var rows = streaming.open(dsl.select(POST.POST_ID, POST.TEXT, field(POST.RATING.ge((short) 4)))
                .from(POST)
                .where(POST.POSTED_AT.ge(from).and(POST.POSTED_AT.lt(before)))
                .and(POST.BRAND.eq(ownBrand))
                .and(POST.RATING.le((short) 2).or(POST.RATING.ge((short) 4))))) {
            rows.forEach(row -> texts.accept(new ScoredText(TextFeeds.POSTS + ":" + row.value1(), row.value2(),
                    row.value3())));
        }
    }
}
