package io.touchstone.kpi;

import static io.touchstone.kpi.InteractionTallies.scopeField;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import io.touchstone.sql.generated.tables.Interaction;
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
 * customer's most recent interaction opened at or before the response, kept only when it lies
 * within the lookback; then counts NPS answers per band of a driver and per region × touchpoint
 * of the response ({@code CUBE}).
 *
 * <p>The most recent interaction is within the lookback exactly when some interaction is, and
 * then it is the most recent of those: so the range's responses are joined to the interactions
 * of the lookback before them (a block-range scan of {@code opened_at} from the range's start
 * less the lookback) and {@code DISTINCT ON} keeps the latest per response. A {@code LATERAL}
 * probe of an index on the interactions' customer and time per response did the same five times
 * slower on the million-response benchmark, and keeping that index up halved the interactions'
 * loading speed (migration V22 dropped it). Of two interactions opened at the same moment the higher id is
 * taken, so a rerun links the same one.
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
        Table<?> linked = dsl.select(RESPONSE.REGION, RESPONSE.TOUCHPOINT, RESPONSE.NPS, bandOf.apply(candidate).as("band"))
                .distinctOn(RESPONSE.RESPONSE_ID)
                .from(RESPONSE)
                .join(candidate).on(candidate.CUSTOMER_ID.eq(RESPONSE.CUSTOMER_ID)
                        .and(candidate.OPENED_AT.le(RESPONSE.RESPONDED_AT))
                        .and(Elapsed.atMost(candidate.OPENED_AT, RESPONSE.RESPONDED_AT, lookback))
                        // Implied by the two conditions above for a response of the range; lets
                        // the block-range index read only the interactions that can be linked.
                        .and(candidate.OPENED_AT.ge(from.minus(lookback))).and(candidate.OPENED_AT.lt(before)))
                .where(RESPONSE.BRAND.eq(ownBrand).and(RESPONSE.CUSTOMER_ID.isNotNull()).and(RESPONSE.NPS.isNotNull())
                        .and(RESPONSE.RESPONDED_AT.ge(from)).and(RESPONSE.RESPONDED_AT.lt(before)))
                .orderBy(RESPONSE.RESPONSE_ID, candidate.OPENED_AT.desc(), candidate.INTERACTION_ID.desc())
                .asTable("linked");
        Field<String> regionColumn = linked.field(RESPONSE.REGION);
        Field<String> touchpointColumn = linked.field(RESPONSE.TOUCHPOINT);
        Field<Short> nps = linked.field(RESPONSE.NPS);
        Field<Integer> bandColumn = linked.field("band", Integer.class);
        Field<String> region = scopeField(regionColumn).as("region");
        Field<String> touchpoint = scopeField(touchpointColumn).as("touchpoint");
        Field<Integer> band = bandColumn.as("band_order");
        Field<Integer> n = count().as("n");
        Field<Integer> promoters = count().filterWhere(nps.ge((short) 9)).as("promoters");
        Field<Integer> detractors = count().filterWhere(nps.le((short) 6)).as("detractors");
        Map<Scope, Map<Integer, NpsCount>> tallies = new HashMap<>();
        dsl.select(region, touchpoint, band, n, promoters, detractors)
                .from(linked)
                // After the latest is chosen: a latest interaction without the driver links no band.
                .where(bandColumn.isNotNull())
                .groupBy(bandColumn, cube(regionColumn, touchpointColumn))
                .forEach(r -> tallies.computeIfAbsent(new Scope(ownBrand, r.get(region), r.get(touchpoint)),
                                scope -> new TreeMap<>())
                        .put(r.get(band), new NpsCount(r.get(n), r.get(promoters), r.get(detractors))));
        return tallies;
    }
}
