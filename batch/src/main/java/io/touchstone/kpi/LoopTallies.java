package io.touchstone.kpi;

import static io.touchstone.kpi.InteractionTallies.scopeField;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Counts, per region × touchpoint of the response ({@code CUBE}), the own brand's detractors who
 * responded in a time range and how soon a {@code contacted} follow-up reached them, as known at
 * the run's as-of. A contact before the response or after the as-of does not count.
 */
@Component
public final class LoopTallies {

    private final DSLContext dsl;

    public LoopTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Scope, LoopTally> tally(String ownBrand, OffsetDateTime from, OffsetDateTime before,
            OffsetDateTime asOf, Duration sla) {
        Field<OffsetDateTime> firstContact = min(FOLLOWUP.ACTION_AT).as("first_contact");
        Table<?> detractors = dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.REGION, RESPONSE.TOUCHPOINT,
                        RESPONSE.RESPONDED_AT, firstContact)
                .from(RESPONSE)
                .leftJoin(FOLLOWUP).on(FOLLOWUP.RESPONSE_ID.eq(RESPONSE.RESPONSE_ID)
                        .and(FOLLOWUP.ACTION.eq("contacted"))
                        .and(FOLLOWUP.ACTION_AT.ge(RESPONSE.RESPONDED_AT))
                        .and(FOLLOWUP.ACTION_AT.le(asOf)))
                .where(RESPONSE.BRAND.eq(ownBrand).and(RESPONSE.NPS.le((short) 6))
                        .and(RESPONSE.RESPONDED_AT.ge(from)).and(RESPONSE.RESPONDED_AT.lt(before)))
                .groupBy(RESPONSE.RESPONSE_ID, RESPONSE.REGION, RESPONSE.TOUCHPOINT, RESPONSE.RESPONDED_AT)
                .asTable("detractor");
        Field<String> regionColumn = detractors.field(RESPONSE.REGION);
        Field<String> touchpointColumn = detractors.field(RESPONSE.TOUCHPOINT);
        Field<OffsetDateTime> respondedAt = detractors.field(RESPONSE.RESPONDED_AT);
        Field<OffsetDateTime> contactedAt = detractors.field(firstContact);
        Field<BigDecimal> secondsToContact = Elapsed.seconds(respondedAt, contactedAt);

        Condition closed = contactedAt.isNotNull().and(secondsToContact.le(BigDecimal.valueOf(sla.toSeconds())));
        // The SLA has elapsed when responded_at + SLA <= as-of; before that an uncontacted
        // detractor may still be reached in time, so is not (yet) counted either way.
        Condition slaElapsed = respondedAt.le(asOf.minus(sla));
        Field<String> region = scopeField(regionColumn).as("region");
        Field<String> touchpoint = scopeField(touchpointColumn).as("touchpoint");
        Field<Integer> all = count().as("detractors");
        Field<Integer> due = count().filterWhere(closed.or(slaElapsed)).as("due");
        Field<Integer> closedCount = count().filterWhere(closed).as("closed");
        Field<Integer> contacted = count(contactedAt).as("contacted");
        Field<BigDecimal> hoursP50 = percentileCont(0.5)
                .withinGroupOrderBy(when(contactedAt.isNotNull(), secondsToContact.div(inline(3600))))
                .as("hours_p50");
        return dsl.select(region, touchpoint, all, due, closedCount, contacted, hoursP50)
                .from(detractors)
                .groupBy(cube(regionColumn, touchpointColumn))
                .fetchMap(r -> new Scope(ownBrand, r.get(region), r.get(touchpoint)),
                        r -> new LoopTally(r.get(all), r.get(due), r.get(closedCount), r.get(all) - r.get(due),
                                r.get(contacted), r.get(hoursP50) == null ? null : r.get(hoursP50).doubleValue()));
    }
}
