package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;

import io.touchstone.ingest.Feed;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Per feed, what the run delivered: files, rows read, loaded and rejected, the commonest reject
 * reasons and the data's as-of time, every feed listed even when it delivered nothing.
 */
@Component
final class FeedQualitySection {

    private static final int LISTED_REASONS = 3;

    private final DSLContext dsl;
    private final TouchstoneProperties properties;

    FeedQualitySection(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    /** A burst copy leaves out the reject reasons, which can quote raw rows of any region. */
    List<FeedQuality> quality(NightlyRun run, ReportScope scope) {
        Map<String, Instant> asOf = asOf();
        Map<String, List<String>> reasons = scope.isCompany() ? rejectReasons(run) : Map.of();
        Map<String, FeedQuality> byFeed = new HashMap<>();
        dsl.select(INGEST_FILE.FEED,
                        count().filterWhere(INGEST_FILE.STATUS.ne("quarantined")).as("files"),
                        count().filterWhere(INGEST_FILE.STATUS.eq("quarantined")).as("quarantined"),
                        sum(INGEST_FILE.ROWS_READ), sum(INGEST_FILE.ROWS_LOADED), sum(INGEST_FILE.ROWS_REJECTED))
                .from(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED)
                .forEach(r -> byFeed.put(r.value1(), new FeedQuality(r.value1(), r.value2(), r.value3(),
                        longOf(r.value4()), longOf(r.value5()), longOf(r.value6()),
                        reasons.getOrDefault(r.value1(), List.of()), asOf.get(r.value1()))));
        List<FeedQuality> quality = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            quality.add(byFeed.getOrDefault(feed.code(),
                    new FeedQuality(feed.code(), 0, 0, 0, 0, 0, List.of(), asOf.get(feed.code()))));
        }
        return quality;
    }

    /** Per feed code, the latest record time the feed holds; a feed with no records has none. */
    private Map<String, Instant> asOf() {
        Map<String, Instant> asOf = new HashMap<>();
        put(asOf, Feed.RESPONSES, dsl.select(max(RESPONSE.RESPONDED_AT)).from(RESPONSE).fetchOne().value1());
        var latestBenchmark = dsl.select(max(BENCHMARK.PERIOD_END)).from(BENCHMARK).fetchOne().value1();
        if (latestBenchmark != null) {
            asOf.put(Feed.BENCHMARKS.code(), latestBenchmark.atTime(LocalTime.MAX)
                    .atZone(properties.reporting().timeZone()).toInstant());
        }
        put(asOf, Feed.POSTS, dsl.select(max(POST.POSTED_AT)).from(POST).fetchOne().value1());
        put(asOf, Feed.EMPLOYEE, dsl.select(max(EMPLOYEE_FEEDBACK.SUBMITTED_AT)).from(EMPLOYEE_FEEDBACK).fetchOne()
                .value1());
        // Targets carry no event time: their data is as of the last file loaded.
        put(asOf, Feed.TARGETS, dsl.select(max(INGEST_FILE.RECEIVED_AT)).from(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq(Feed.TARGETS.code()).and(INGEST_FILE.ROWS_LOADED.gt(0L)))
                .fetchOne().value1());
        return asOf;
    }

    /** Per feed code, its commonest reject reasons of the run, each with its count of rows. */
    private Map<String, List<String>> rejectReasons(NightlyRun run) {
        Field<Integer> rank = rowNumber().over().partitionBy(INGEST_FILE.FEED).orderBy(count().desc(), REJECT.REASON)
                .as("rank");
        Map<String, List<String>> reasons = new HashMap<>();
        dsl.select(INGEST_FILE.FEED, REJECT.REASON, count().as("rows"), rank)
                .from(REJECT).join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(REJECT.FILE_ID))
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED, REJECT.REASON)
                .orderBy(INGEST_FILE.FEED, count().desc(), REJECT.REASON)
                .forEach(r -> {
                    if (r.get(rank) <= LISTED_REASONS) {
                        reasons.computeIfAbsent(r.get(INGEST_FILE.FEED), feed -> new ArrayList<>())
                                .add(r.get(REJECT.REASON) + " (" + r.get("rows", Integer.class) + " rows)");
                    }
                });
        return reasons;
    }

    private static void put(Map<String, Instant> asOf, Feed feed, OffsetDateTime latest) {
        if (latest != null) {
            asOf.put(feed.code(), latest.toInstant());
        }
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
