package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.RESPONSE;

import io.touchstone.system.StreamingReads;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Streams the texts of each mined feed for a time range from the warehouse: the survey
 * comments of the own brand, the posts about every brand (the social benchmark), and employee
 * feedback (counted as the own brand's).
 */
@Component
public final class TextFeeds {

    public static final String RESPONSES = "responses";
    public static final String POSTS = "posts";
    public static final String EMPLOYEE = "employee";
    static final List<String> ALL = List.of(RESPONSES, POSTS, EMPLOYEE);

    private final DSLContext dsl;
    private final StreamingReads streaming;

    public TextFeeds(DSLContext dsl, StreamingReads streaming) {
        this.dsl = dsl;
        this.streaming = streaming;
    }

    /** How many of the own brand's survey responses in a time range carry a comment. */
    long commentCount(String ownBrand, OffsetDateTime from, OffsetDateTime before) {
        return dsl.fetchCount(RESPONSE, RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before))
                .and(RESPONSE.BRAND.eq(ownBrand)).and(RESPONSE.COMMENT.isNotNull()));
    }

    void forEach(String feed, String ownBrand, OffsetDateTime from, OffsetDateTime before, Consumer<MinedText> texts) {
        switch (feed) {
            case RESPONSES -> {
                try (var rows = streaming.open(dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.RESPONDED_AT, RESPONSE.BRAND,
                                RESPONSE.REGION, RESPONSE.TOUCHPOINT, RESPONSE.LANGUAGE, RESPONSE.NPS, RESPONSE.COMMENT)
                        .from(RESPONSE)
                        .where(RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before)))
                        .and(RESPONSE.BRAND.eq(ownBrand))
                        .and(RESPONSE.COMMENT.isNotNull()))) {
                    rows.forEach(row -> texts.accept(new MinedText(feed, row.value1(), row.value2(), row.value3(),
                            row.value4(), row.value5(), row.value6(), row.value7(), row.value8())));
                }
            }
            case POSTS -> {
                try (var rows = streaming.open(dsl.select(POST.POST_ID, POST.POSTED_AT, POST.BRAND, POST.REGION, POST.TEXT)
                        .from(POST)
                        .where(POST.POSTED_AT.ge(from).and(POST.POSTED_AT.lt(before))))) {
                    rows.forEach(row -> texts.accept(new MinedText(feed, row.value1(), row.value2(), row.value3(),
                            row.value4(), null, null, null, row.value5())));
                }
            }
            case EMPLOYEE -> {
                try (var rows = streaming.open(dsl.select(EMPLOYEE_FEEDBACK.FEEDBACK_ID, EMPLOYEE_FEEDBACK.SUBMITTED_AT,
                                EMPLOYEE_FEEDBACK.REGION, EMPLOYEE_FEEDBACK.TEXT)
                        .from(EMPLOYEE_FEEDBACK)
                        .where(EMPLOYEE_FEEDBACK.SUBMITTED_AT.ge(from).and(EMPLOYEE_FEEDBACK.SUBMITTED_AT.lt(before))))) {
                    rows.forEach(row -> texts.accept(new MinedText(feed, row.value1(), row.value2(), ownBrand,
                            row.value3(), null, null, null, row.value4())));
                }
            }
            default -> throw new IllegalArgumentException("No mined feed " + feed);
        }
    }
}
