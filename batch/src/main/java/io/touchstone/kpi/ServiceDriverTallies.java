package io.touchstone.kpi;

import static io.touchstone.kpi.InteractionTallies.scopeField;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.when;

import io.touchstone.sql.generated.tables.Interaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Links each own-brand response of a time range that has a customer and an NPS answer to its
 * customer's most recent interaction opened at or before the response (a {@code LATERAL} join on
 * {@code interaction_customer_ix}), kept only when it lies within the lookback; then counts NPS
 * answers per band of a driver and per region × touchpoint of the response ({@code CUBE}).
 */
@Component
public final class ServiceDriverTallies {

    private final DSLContext dsl;

    public ServiceDriverTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per scope and band order (0 = resolved, 1 = not resolved): the linked responses with FCR known. */
    public Map<Scope, Map<Integer, NpsCount>> byFirstContactResolution(String ownBrand, OffsetDateTime from,
            OffsetDateTime before, Duration lookback) {
        return tally(ownBrand, from, before, lookback,
                interaction -> when(interaction.FIRST_CONTACT_RESOLVED.isTrue(), inline(0))
                        .when(interaction.FIRST_CONTACT_RESOLVED.isFalse(), inline(1)));
    }

    /** Per scope and wait band order: the linked responses with a wait. */
    public Map<Scope, Map<Integer, NpsCount>> byWaitBand(String ownBrand, OffsetDateTime from, OffsetDateTime before,
            Duration lookback, WaitBands bands) {
        return tally(ownBrand, from, before, lookback, interaction -> bands.orderOf(interaction.WAIT_SECONDS));
    }

    private Map<Scope, Map<Integer, NpsCount>> tally(String ownBrand, OffsetDateTime from, OffsetDateTime before,
            Duration lookback, Function<Interaction, Field<Integer>> bandOf) {
        Interaction candidate = INTERACTION.as("candidate");
        Table<?> latest = lateral(dsl.select(candidate.OPENED_AT, bandOf.apply(candidate).as("band"))
                .from(candidate)
                .where(candidate.CUSTOMER_ID.eq(RESPONSE.CUSTOMER_ID))
                .and(candidate.OPENED_AT.le(RESPONSE.RESPONDED_AT))
                .orderBy(candidate.OPENED_AT.desc())
                .limit(inline(1))
                .asTable("latest_interaction"));
        Field<OffsetDateTime> openedAt = latest.field(candidate.OPENED_AT);
        Field<Integer> bandColumn = latest.field("band", Integer.class);
        Field<String> region = scopeField(RESPONSE.REGION).as("region");
        Field<String> touchpoint = scopeField(RESPONSE.TOUCHPOINT).as("touchpoint");
        Field<Integer> band = bandColumn.as("band_order");
        Field<Integer> n = count().as("n");
        Field<Integer> promoters = count().filterWhere(RESPONSE.NPS.ge((short) 9)).as("promoters");
        Field<Integer> detractors = count().filterWhere(RESPONSE.NPS.le((short) 6)).as("detractors");
        Map<Scope, Map<Integer, NpsCount>> tallies = new HashMap<>();
        dsl.select(region, touchpoint, band, n, promoters, detractors)
                .from(RESPONSE)
                .crossJoin(latest)
                .where(RESPONSE.BRAND.eq(ownBrand).and(RESPONSE.CUSTOMER_ID.isNotNull()).and(RESPONSE.NPS.isNotNull())
                        .and(RESPONSE.RESPONDED_AT.ge(from)).and(RESPONSE.RESPONDED_AT.lt(before)))
                .and(Elapsed.seconds(openedAt, RESPONSE.RESPONDED_AT).le(BigDecimal.valueOf(lookback.toSeconds())))
                .and(bandColumn.isNotNull())
                .groupBy(bandColumn, cube(RESPONSE.REGION, RESPONSE.TOUCHPOINT))
                .forEach(r -> tallies.computeIfAbsent(new Scope(ownBrand, r.get(region), r.get(touchpoint)),
                                scope -> new TreeMap<>())
                        .put(r.get(band), new NpsCount(r.get(n), r.get(promoters), r.get(detractors))));
        return tallies;
    }
}
