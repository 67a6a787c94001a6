package io.touchstone.kpi;

import static io.touchstone.kpi.InteractionTallies.scopeField;
import static io.touchstone.sql.generated.Tables.ACCOUNT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.upper;
import static org.jooq.impl.DSL.values;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Links each account to its customer's latest own-brand response with an NPS answer up to an
 * as-of moment, and counts per NPS group and per region × touchpoint of that response
 * ({@code CUBE}) the accounts, their churn within the horizon and their active revenue,
 * converted to the reporting currency in SQL with the configured rates.
 */
@Component
public final class AccountTallies {

    private final DSLContext dsl;

    public AccountTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Scope, Map<NpsGroup, ChurnTally>> tally(String ownBrand, OffsetDateTime asOf, Duration horizon,
            Map<String, BigDecimal> rates) {
        Table<?> latest = dsl.select(RESPONSE.CUSTOMER_ID, RESPONSE.RESPONDED_AT, RESPONSE.NPS, RESPONSE.REGION,
                        RESPONSE.TOUCHPOINT)
                .distinctOn(RESPONSE.CUSTOMER_ID)
                .from(RESPONSE)
                .where(RESPONSE.BRAND.eq(ownBrand).and(RESPONSE.CUSTOMER_ID.isNotNull())
                        .and(RESPONSE.NPS.isNotNull()).and(RESPONSE.RESPONDED_AT.le(asOf)))
                .orderBy(RESPONSE.CUSTOMER_ID, RESPONSE.RESPONDED_AT.desc(), RESPONSE.RESPONSE_ID.desc())
                .asTable("latest");
        @SuppressWarnings("unchecked")
        Row2<String, BigDecimal>[] rateRows = rates.entrySet().stream()
                .map(rate -> row(rate.getKey(), rate.getValue()))
                .toArray(Row2[]::new);
        Table<Record2<String, BigDecimal>> fx = values(rateRows).as("fx", "currency", "rate");
        Field<String> fxCurrency = fx.field("currency", String.class);
        Field<BigDecimal> rate = fx.field("rate", BigDecimal.class);

        Field<OffsetDateTime> respondedAt = latest.field(RESPONSE.RESPONDED_AT);
        Field<Short> nps = latest.field(RESPONSE.NPS);
        Field<String> regionColumn = latest.field(RESPONSE.REGION);
        Field<String> touchpointColumn = latest.field(RESPONSE.TOUCHPOINT);
        Condition churnedAccount = ACCOUNT.STATUS.eq("churned");
        // The horizon is complete when responded_at + horizon <= as-of.
        Condition horizonComplete = respondedAt.le(asOf.minus(horizon));
        Condition churnedWithin = churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.le(asOf))
                .and(Elapsed.seconds(respondedAt, ACCOUNT.STATUS_CHANGED_AT).le(BigDecimal.valueOf(horizon.toSeconds())));
        Condition activeAtAsOf = ACCOUNT.STATUS.eq("active").or(churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.gt(asOf)));
        Condition converted = rate.isNotNull();

        Field<String> group = when(nps.ge(inline((short) 9)), inline(NpsGroup.PROMOTER.code()))
                .when(nps.le(inline((short) 6)), inline(NpsGroup.DETRACTOR.code()))
                .otherwise(inline(NpsGroup.PASSIVE.code()));
        Field<String> groupName = group.as("nps_group");
        Field<String> region = scopeField(regionColumn).as("region");
        Field<String> touchpoint = scopeField(touchpointColumn).as("touchpoint");
        Field<Integer> accounts = count().filterWhere(horizonComplete).as("accounts");
        Field<Integer> churned = count().filterWhere(horizonComplete.and(churnedWithin)).as("churned");
        Field<Integer> incomplete = count().filterWhere(horizonComplete.not()).as("horizon_incomplete");
        Field<Integer> active = count().filterWhere(activeAtAsOf.and(converted)).as("active_accounts");
        Field<BigDecimal> activeRevenue = coalesce(sum(ACCOUNT.ANNUAL_REVENUE.times(rate))
                .filterWhere(activeAtAsOf.and(converted)), BigDecimal.ZERO).as("active_revenue");
        Field<Integer> unconverted = count().filterWhere(activeAtAsOf.and(converted.not())).as("unconverted");

        Map<Scope, Map<NpsGroup, ChurnTally>> tallies = new HashMap<>();
        dsl.select(groupName, region, touchpoint, accounts, churned, incomplete, active, activeRevenue, unconverted)
                .from(latest)
                .join(ACCOUNT).on(ACCOUNT.CUSTOMER_ID.eq(latest.field(RESPONSE.CUSTOMER_ID)))
                .leftJoin(fx).on(fxCurrency.eq(upper(ACCOUNT.CURRENCY)))
                // An account that had churned before the response cannot churn after it: in no group.
                .where(churnedAccount.and(ACCOUNT.STATUS_CHANGED_AT.isNotNull())
                        .and(ACCOUNT.STATUS_CHANGED_AT.lt(respondedAt)).not())
                .groupBy(group, cube(regionColumn, touchpointColumn))
                .forEach(r -> tallies.computeIfAbsent(new Scope(ownBrand, r.get(region), r.get(touchpoint)),
                                scope -> new EnumMap<>(NpsGroup.class))
                        .put(NpsGroup.fromCode(r.get(groupName)), new ChurnTally(r.get(accounts), r.get(churned),
                                r.get(incomplete), r.get(active), r.get(activeRevenue).doubleValue(),
                                r.get(unconverted))));
        return tallies;
    }
}
