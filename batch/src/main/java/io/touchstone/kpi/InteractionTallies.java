package io.touchstone.kpi;

import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Adds up the interactions opened in a time range, in one query per breakdown: every region ×
 * touchpoint scope at once with {@code GROUP BY CUBE(region, touchpoint)}, or per agent team.
 * Percentiles are {@code percentile_cont}, computed by the database.
 */
@Component
public final class InteractionTallies {

    private static final Field<Integer> LIFT = INTERACTION.CSAT_AFTER.cast(Integer.class)
            .minus(INTERACTION.CSAT_BEFORE.cast(Integer.class));

    private final DSLContext dsl;

    public InteractionTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The own brand's scopes: interactions are the own brand's service, so brand is {@code ownBrand}. */
    public Map<Scope, InteractionTally> byScope(String ownBrand, OffsetDateTime from, OffsetDateTime before) {
        Field<String> region = scopeField(INTERACTION.REGION).as("region");
        Field<String> touchpoint = scopeField(INTERACTION.TOUCHPOINT).as("touchpoint");
        return tally(List.of(region, touchpoint), opened(from, before), cube(INTERACTION.REGION, INTERACTION.TOUCHPOINT),
                r -> new Scope(ownBrand, r.get(region), r.get(touchpoint)));
    }

    /** Per agent team, company-wide; interactions without a team are in no team's figures. */
    public Map<String, InteractionTally> byTeam(OffsetDateTime from, OffsetDateTime before) {
        return tally(List.of(INTERACTION.AGENT_TEAM), opened(from, before).and(INTERACTION.AGENT_TEAM.isNotNull()),
                INTERACTION.AGENT_TEAM, r -> r.get(INTERACTION.AGENT_TEAM));
    }

    private static Condition opened(OffsetDateTime from, OffsetDateTime before) {
        return INTERACTION.OPENED_AT.ge(from).and(INTERACTION.OPENED_AT.lt(before));
    }

    private <K> Map<K, InteractionTally> tally(List<Field<String>> keys, Condition where, GroupField groupBy,
            Function<Record, K> keyOf) {
        Field<Integer> fcrAnswers = count(INTERACTION.FIRST_CONTACT_RESOLVED).as("fcr_answers");
        Field<Integer> fcrResolved = count().filterWhere(INTERACTION.FIRST_CONTACT_RESOLVED.isTrue()).as("fcr_resolved");
        Field<Integer> waits = count(INTERACTION.WAIT_SECONDS).as("waits");
        Field<BigDecimal> waitP50 = percentileCont(0.5).withinGroupOrderBy(INTERACTION.WAIT_SECONDS).as("wait_p50");
        Field<BigDecimal> waitP90 = percentileCont(0.9).withinGroupOrderBy(INTERACTION.WAIT_SECONDS).as("wait_p90");
        Field<Integer> handled = count(INTERACTION.HANDLE_SECONDS).as("handled");
        Field<BigDecimal> handleSum = sum(INTERACTION.HANDLE_SECONDS).as("handle_sum");
        Field<BigDecimal> handleSquares = sum(INTERACTION.HANDLE_SECONDS.cast(Long.class)
                .times(INTERACTION.HANDLE_SECONDS.cast(Long.class))).as("handle_sum_of_squares");
        Field<Integer> callbackAnswers = count(INTERACTION.CALLBACK_OFFERED).as("callback_answers");
        Field<Integer> callbacks = count().filterWhere(INTERACTION.CALLBACK_OFFERED.isTrue()).as("callbacks_offered");
        Field<Integer> lifts = count(LIFT).as("lifts");
        Field<BigDecimal> liftSum = sum(LIFT).as("lift_sum");
        Field<BigDecimal> liftSquares = sum(LIFT.times(LIFT)).as("lift_sum_of_squares");
        return dsl.select(keys)
                .select(fcrAnswers, fcrResolved, waits, waitP50, waitP90, handled, handleSum, handleSquares,
                        callbackAnswers, callbacks, lifts, liftSum, liftSquares)
                .from(INTERACTION)
                .where(where)
                .groupBy(groupBy)
                .fetchMap(keyOf::apply, r -> new InteractionTally(
                        r.get(fcrAnswers), r.get(fcrResolved), r.get(waits),
                        nullableDouble(r.get(waitP50)), nullableDouble(r.get(waitP90)),
                        r.get(handled), doubleOf(r.get(handleSum)), doubleOf(r.get(handleSquares)),
                        r.get(callbackAnswers), r.get(callbacks),
                        r.get(lifts), doubleOf(r.get(liftSum)), doubleOf(r.get(liftSquares))));
    }

    static Field<String> scopeField(Field<String> column) {
        return when(grouping(column).eq(1), inline(ALL)).otherwise(column);
    }

    private static Double nullableDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static double doubleOf(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
