package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.SCHEDULE_RUN;
import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;

import io.touchstone.ingest.Feed;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.PersonalDataScrubber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Per feed, what the run delivered: files, rows read, loaded and rejected, rows repeating an id of
 * the same delivery, the commonest reject rules and the data's as-of time, every feed listed even
 * when it delivered nothing; and the inbox files no feed took.
 *
 * <p><b>NOTE</b>: a reject's raw line and reason can hold whatever was typed into a field (an
 * e-mail address in the nps column). They stay in the warehouse for CX leads; what this section
 * hands to published files is counted by rule, never by value, and scrubbed like quotes are.
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
                        sum(INGEST_FILE.ROWS_READ), sum(INGEST_FILE.ROWS_LOADED), sum(INGEST_FILE.ROWS_REJECTED),
                        sum(INGEST_FILE.DUPLICATE_IDS))
                .from(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED)
                .forEach(r -> byFeed.put(r.value1(), new FeedQuality(r.value1(), r.value2(), r.value3(),
                        longOf(r.value4()), longOf(r.value5()), longOf(r.value6()), longOf(r.value7()),
                        reasons.getOrDefault(r.value1(), List.of()), asOf.get(r.value1()))));
        List<FeedQuality> quality = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            quality.add(byFeed.getOrDefault(feed.code(),
                    new FeedQuality(feed.code(), 0, 0, 0, 0, 0, 0, List.of(), asOf.get(feed.code()))));
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
        put(asOf, Feed.INTERACTIONS, dsl.select(max(INTERACTION.OPENED_AT)).from(INTERACTION).fetchOne().value1());
        put(asOf, Feed.FOLLOWUPS, dsl.select(max(FOLLOWUP.ACTION_AT)).from(FOLLOWUP).fetchOne().value1());
        // Targets carry no event time, nor do accounts (most never change status): their data is
        // as of the last file loaded.
        put(asOf, Feed.TARGETS, lastLoaded(Feed.TARGETS));
        put(asOf, Feed.ACCOUNTS, lastLoaded(Feed.ACCOUNTS));
        return asOf;
    }

    private OffsetDateTime lastLoaded(Feed feed) {
        return dsl.select(max(INGEST_FILE.RECEIVED_AT)).from(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq(feed.code()).and(INGEST_FILE.ROWS_LOADED.gt(0L)))
                .fetchOne().value1();
    }

    /** The inbox files of the run that no feed takes, by name, as ingest found them at intake. */
    List<UnclaimedFile> unclaimed(NightlyRun run) {
        return dsl.select(UNCLAIMED_FILE.FILE_NAME, UNCLAIMED_FILE.SIZE_BYTES)
                .from(UNCLAIMED_FILE)
                .where(UNCLAIMED_FILE.RUN_ID.eq(run.runId()))
                .orderBy(UNCLAIMED_FILE.FILE_NAME)
                .fetch(r -> new UnclaimedFile(PersonalDataScrubber.scrub(r.value1()), r.value2()));
    }

    /**
     * The feeds a scheduled run went ahead without, at its schedule's deadline. The schedule's
     * record names the run only once it ends, so it is found by what is running: one run per
     * business date and period at a time.
     */
    List<String> missingAtDeadline(NightlyRun run) {
        return dsl.select(SCHEDULE_RUN.MISSING_FEEDS)
                .from(SCHEDULE_RUN)
                .where(SCHEDULE_RUN.BUSINESS_DATE.eq(run.businessDate())
                        .and(SCHEDULE_RUN.PERIOD_KIND.eq(run.period().kind().code()))
                        .and(SCHEDULE_RUN.STATUS.eq("running"))
                        .and(SCHEDULE_RUN.MISSING_FEEDS.isNotNull()))
                .fetch(SCHEDULE_RUN.MISSING_FEEDS)
                .stream()
                .flatMap(feeds -> Arrays.stream(feeds.split(",")))
                .distinct()
                .toList();
    }

    /**
     * Per feed code, its commonest reject rules of the run, each with its count of rows. A rule
     * names a check, never a value, and is printed as it is. A row rejected before rules were
     * recorded has only its reason, which quotes the value: it counts under that reason, scrubbed.
     */
    private Map<String, List<String>> rejectReasons(NightlyRun run) {
        // The expression, not an alias, in GROUP BY and OVER: there a bare "rule" is the column.
        Field<String> rule = coalesce(REJECT.RULE, REJECT.REASON);
        Field<Boolean> quotesValue = field(REJECT.RULE.isNull());
        Field<Integer> rank = rowNumber().over().partitionBy(INGEST_FILE.FEED).orderBy(count().desc(), rule)
                .as("rank");
        Map<String, List<String>> reasons = new HashMap<>();
        dsl.select(INGEST_FILE.FEED, rule.as("rule"), quotesValue.as("quotes_value"), count().as("rows"), rank)
                .from(REJECT).join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(REJECT.FILE_ID))
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED, rule, quotesValue)
                .orderBy(INGEST_FILE.FEED, count().desc(), rule)
                .forEach(r -> {
                    if (r.value5() <= LISTED_REASONS) {
                        String text = r.value3() ? PersonalDataScrubber.scrub(r.value2()) : r.value2();
                        reasons.computeIfAbsent(r.value1(), feed -> new ArrayList<>())
                                .add(text + " (" + r.value4() + " rows)");
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
