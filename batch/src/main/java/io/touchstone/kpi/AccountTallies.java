package io.touchstone.kpi;

import static io.touchstone.kpi.InteractionTallies.scopeField;
import static io.touchstone.sql.generated.Tables.ACCOUNT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.upper;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Row3;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Links each account to its customer's latest own-brand response with an NPS answer up to each
 * of a few as-of moments, and counts per as-of, per NPS group and per region × touchpoint of that
 * response ({@code CUBE}) the accounts, their churn within the horizon and their active revenue,
 * summed per currency in SQL and converted to the reporting currency here with the configured
 * rates (see {@link CurrencySums}).
 *
 * <p>All as-of moments are tallied in one pass over the responses. The latest response up to an
 * as-of can lie anywhere before it, so no period bounds the scan; what cost was sorting the
 * responses once per as-of (a {@code DISTINCT ON} each, spilled to disk on the million-response
 * benchmark). Instead they are sorted once, newest first per customer, and
 * {@code lag(responded_at)} gives each response the customer's next later one: a response is the
 * latest up to an as-of when it is at or before it and the next later one is after it (or there
 * is none). Ties on the moment go to the higher response id, as the ordering puts that one first.
 */
@Component
public final class AccountTallies {

    private final DSLContext dsl;

    public AccountTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per as-of moment given (an as-of given twice is tallied once): the tallies by scope and NPS group. */
    public Map<OffsetDateTime, Map<Scope, Map<NpsGroup, ChurnTally>>> tally(String ownBrand,
            Collection<OffsetDateTime> asOfs, Duration horizon, Map<String, BigDecimal> rates) {
        List<OffsetDateTime> moments = List.copyOf(new LinkedHashSet<>(asOfs));
        // The as-of moments as rows, keyed by position: a timestamp read back from the database
        // may carry another offset than the one given, so it would not find its key.
        @SuppressWarnings("unchecked")
        Row3<Integer, OffsetDateTime, OffsetDateTime>[] momentRows = IntStream.range(0, moments.size())
                .mapToObj(i -> row(inline(i), val(moments.get(i)), val(moments.get(i).minus(horizon))))
                .toArray(Row3[]::new);
        Table<Record3<Integer, OffsetDateTime, OffsetDateTime>> asOfTable = values(momentRows)
                .as("as_of", "ordinal", "as_of_at", "horizon_complete_at");
        Field<Integer> position = asOfTable.field("ordinal", Integer.class);
        Field<OffsetDateTime> asOf = asOfTable.field("as_of_at", OffsetDateTime.class);
        // The horizon is complete when responded_at + horizon <= as-of.
        Field<OffsetDateTime> horizonCompleteAt = asOfTable.field("horizon_complete_at", OffsetDateTime.class);

        Field<OffsetDateTime> nextLater = lag(RESPONSE.RESPONDED_AT)
                .over(partitionBy(RESPONSE.CUSTOMER_ID)
                        .orderBy(RESPONSE.RESPONDED_AT.desc(), RESPONSE.RESPONSE_ID.desc()))
                .as("next_later_at");
        Table<?> responses = dsl.select(RESPONSE.CUSTOMER_ID, RESPONSE.RESPONDED_AT, RESPONSE.NPS, RESPONSE.REGION,
                        RESPONSE.TOUCHPOINT, nextLater)
                .from(RESPONSE)
                .where(RESPONSE.BRAND.eq(ownBrand).and(RESPONSE.CUSTOMER_ID.isNotNull())
                        .and(RESPONSE.NPS.isNotNull()).and(RESPONSE.RESPONDED_AT.le(Collections.max(moments))))
                .asTable("response_and_next");
        Field<OffsetDateTime> respondedAt = responses.field(RESPONSE.RESPONDED_AT);
        Field<OffsetDateTime> nextLaterAt = responses.field(nextLater);
        Condition latestUpToAsOf = respondedAt.le(asOf).and(nextLaterAt.isNull().or(nextLaterAt.gt(asOf)));

        Field<Short> nps = responses.field(RESPONSE.NPS);
        Field<String> regionColumn = responses.field(RESPONSE.REGION);
        Field<String> touchpointColumn = responses.field(RESPONSE.TOUCHPOINT);
        Condition churnedAccount = ACCOUNT.STATUS.eq("churned");
        Condition horizonComplete = respondedAt.le(horizonCompleteAt);
        Condition churnedWithin = churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.le(asOf))
                .and(Elapsed.atMost(respondedAt, ACCOUNT.STATUS_CHANGED_AT, horizon));
        Condition activeAtAsOf = ACCOUNT.STATUS.eq("active").or(churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.gt(asOf)));

        Field<String> group = when(nps.ge(inline((short) 9)), inline(NpsGroup.PROMOTER.code()))
                .when(nps.le(inline((short) 6)), inline(NpsGroup.DETRACTOR.code()))
                .otherwise(inline(NpsGroup.PASSIVE.code()));
        Field<String> groupName = group.as("nps_group");
        Field<String> region = scopeField(regionColumn).as("region");
        Field<String> touchpoint = scopeField(touchpointColumn).as("touchpoint");
        Field<Integer> accounts = count().filterWhere(horizonComplete).as("accounts");
        Field<Integer> churned = count().filterWhere(horizonComplete.and(churnedWithin)).as("churned");
        Field<Integer> incomplete = count().filterWhere(horizonComplete.not()).as("horizon_incomplete");
        Field<Integer> active = count().filterWhere(activeAtAsOf).as("active_accounts");
        Field<BigDecimal> activeRevenue = coalesce(sum(ACCOUNT.ANNUAL_REVENUE).filterWhere(activeAtAsOf), BigDecimal.ZERO)
                .as("active_revenue");
        Field<String> currencyColumn = upper(ACCOUNT.CURRENCY);
        Field<String> currency = currencyColumn.as("currency");

        // Per as-of, scope and group, the sums so far over the currencies' rows.
        Map<OffsetDateTime, Map<Scope, Map<NpsGroup, CurrencySums>>> sums = new HashMap<>();
        dsl.select(position, groupName, region, touchpoint, currency, accounts, churned, incomplete, active,
                        activeRevenue)
                .from(responses)
                .join(asOfTable).on(latestUpToAsOf)
                .join(ACCOUNT).on(ACCOUNT.CUSTOMER_ID.eq(responses.field(RESPONSE.CUSTOMER_ID)))
                // An account that had churned before the response cannot churn after it: in no group.
                .where(churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.isNotNull())
                        .and(ACCOUNT.STATUS_CHANGED_AT.lt(respondedAt)).not())
                .groupBy(position, group, currencyColumn, cube(regionColumn, touchpointColumn))
                .forEach(r -> sums.computeIfAbsent(moments.get(r.get(position)), moment -> new HashMap<>())
                        .computeIfAbsent(new Scope(ownBrand, r.get(region), r.get(touchpoint)),
                                scope -> new EnumMap<>(NpsGroup.class))
                        .computeIfAbsent(NpsGroup.fromCode(r.get(groupName)), npsGroup -> new CurrencySums())
                        .add(r.get(accounts), r.get(churned), r.get(incomplete), r.get(active), r.get(activeRevenue),
                                rates.get(r.get(currency))));

        Map<OffsetDateTime, Map<Scope, Map<NpsGroup, ChurnTally>>> tallies = new HashMap<>();
        for (OffsetDateTime moment : moments) {
            Map<Scope, Map<NpsGroup, ChurnTally>> byScope = new HashMap<>();
            sums.getOrDefault(moment, Map.of()).forEach((scope, groups) -> {
                Map<NpsGroup, ChurnTally> byGroup = new EnumMap<>(NpsGroup.class);
                groups.forEach((npsGroup, sum) -> byGroup.put(npsGroup, sum.tally()));
                byScope.put(scope, byGroup);
            });
            tallies.put(moment, byScope);
        }
        return tallies;
    }

    /**
     * One group's counts added up over its accounts' currencies, the revenue converted here.
     *
     * <p><b>NOTE</b>: the database sums each currency's revenue and the conversion is one exact
     * multiplication per currency here, not one per account there: joining every account to its
     * rate and multiplying was a quarter of the money query's time at ten million responses. The
     * sum is the same exact decimal either way.
     */
    private static final class CurrencySums {
        private long accounts;
        private long churned;
        private long horizonIncomplete;
        private long activeAccounts;
        private BigDecimal activeRevenue = BigDecimal.ZERO;
        private long unconverted;

        CurrencySums add(long accounts, long churned, long incomplete, long active, BigDecimal revenue,
                BigDecimal rate) {
            this.accounts += accounts;
            this.churned += churned;
            this.horizonIncomplete += incomplete;
            if (rate == null) {
                unconverted += active;
            } else {
                activeAccounts += active;
                activeRevenue = activeRevenue.add(revenue.multiply(rate));
            }
            return this;
        }

        ChurnTally tally() {
            return new ChurnTally(accounts, churned, horizonIncomplete, activeAccounts, activeRevenue.doubleValue(),
                    unconverted);
        }
    }
}
