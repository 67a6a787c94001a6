package io.touchstone.kpi;

import static org.jooq.impl.DSL.extract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.types.DayToSecond;

/** Time between two moments of a row, in SQL: what an SLA, a horizon or a lookback is checked against. */
final class Elapsed {

    private Elapsed() {
    }

    /** Seconds from {@code from} to {@code to} (negative when {@code to} is earlier), fractions kept. */
    static Field<BigDecimal> seconds(Field<OffsetDateTime> from, Field<OffsetDateTime> to) {
        return epoch(to).minus(epoch(from));
    }

    /**
     * Whether {@code to} is at most {@code limit} after {@code from}: the same as comparing
     * {@link #seconds} with the limit, as an interval added to a moment, which costs the database
     * no decimal arithmetic per row.
     */
    static Condition atMost(Field<OffsetDateTime> from, Field<OffsetDateTime> to, Duration limit) {
        return to.le(from.plus(DSL.val(DayToSecond.valueOf(limit))));
    }

    private static Field<BigDecimal> epoch(Field<OffsetDateTime> moment) {
        return extract(moment, DatePart.EPOCH).cast(SQLDataType.NUMERIC);
    }
}
