package io.touchstone.kpi;

import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.cube;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Adds up the responses of a time range for every scope at once, in one query with
 * {@code GROUP BY CUBE(brand, region, touchpoint)}: the database does the aggregation, Java
 * only the arithmetic on a few hundred tallies.
 */
@Component
public final class ResponseTallies {

    private final DSLContext dsl;

    public ResponseTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ScopeTally> tally(OffsetDateTime from, OffsetDateTime before) {
        Field<String> brand = scopeField(RESPONSE.BRAND).as("brand");
        Field<String> region = scopeField(RESPONSE.REGION).as("region");
        Field<String> touchpoint = scopeField(RESPONSE.TOUCHPOINT).as("touchpoint");
        Field<Integer> responses = count().as("responses");
        Field<Integer> npsAnswers = count(RESPONSE.NPS).as("nps_answers");
        Field<Integer> promoters = count().filterWhere(RESPONSE.NPS.ge((short) 9)).as("promoters");
        Field<Integer> detractors = count().filterWhere(RESPONSE.NPS.le((short) 6)).as("detractors");
        Field<Integer> csatAnswers = count(RESPONSE.CSAT).as("csat_answers");
        Field<Integer> csatTop = count().filterWhere(RESPONSE.CSAT.ge((short) 4)).as("csat_top_two_box");
        Field<Integer> cesAnswers = count(RESPONSE.CES).as("ces_answers");
        Field<BigDecimal> cesSum = sum(RESPONSE.CES).as("ces_sum");
        Field<BigDecimal> cesSquares = sum(RESPONSE.CES.cast(Integer.class).times(RESPONSE.CES.cast(Integer.class)))
                .as("ces_sum_of_squares");
        return dsl.select(brand, region, touchpoint, responses, npsAnswers, promoters, detractors,
                        csatAnswers, csatTop, cesAnswers, cesSum, cesSquares)
                .from(RESPONSE)
                .where(RESPONSE.RESPONDED_AT.ge(from).and(RESPONSE.RESPONDED_AT.lt(before)))
                .groupBy(cube(RESPONSE.BRAND, RESPONSE.REGION, RESPONSE.TOUCHPOINT))
                .fetch(r -> new ScopeTally(
                        new Scope(r.get(brand), r.get(region), r.get(touchpoint)),
                        r.get(responses), r.get(npsAnswers), r.get(promoters), r.get(detractors),
                        r.get(csatAnswers), r.get(csatTop), r.get(cesAnswers),
                        doubleOf(r.get(cesSum)), doubleOf(r.get(cesSquares))));
    }

    private static Field<String> scopeField(Field<String> column) {
        return when(grouping(column).eq(1), inline(ALL)).otherwise(column);
    }

    private static double doubleOf(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
