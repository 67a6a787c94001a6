package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.COMMENT_MINING;
import static io.touchstone.sql.generated.Tables.POST;
import static org.jooq.impl.DSL.count;

import io.touchstone.textmining.TextFeeds;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Counts each brand's posts of a time range and their sentiment labels, in one query over the
 * posts and what the theme-mining step stored about them ({@code GROUP BY brand} with
 * {@code FILTER}): the database does the counting, Java only the percentages.
 */
@Component
final class PostTallies {

    private final DSLContext dsl;

    PostTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One tally per brand with posts in the range, in brand order. */
    List<PostTally> tally(OffsetDateTime from, OffsetDateTime before) {
        Field<Integer> posts = count().as("posts");
        // The labels of comment_mining's check constraint, set from the unrounded sentiment.
        Field<Integer> positive = count().filterWhere(COMMENT_MINING.SENTIMENT_LABEL.eq("positive")).as("positive");
        Field<Integer> negative = count().filterWhere(COMMENT_MINING.SENTIMENT_LABEL.eq("negative")).as("negative");
        return dsl.select(POST.BRAND, posts, positive, negative)
                .from(POST)
                .join(COMMENT_MINING)
                .on(COMMENT_MINING.FEED.eq(TextFeeds.POSTS).and(COMMENT_MINING.SOURCE_ID.eq(POST.POST_ID)))
                .where(POST.POSTED_AT.ge(from).and(POST.POSTED_AT.lt(before)))
                .groupBy(POST.BRAND)
                .orderBy(POST.BRAND)
                .fetch(row -> new PostTally(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
