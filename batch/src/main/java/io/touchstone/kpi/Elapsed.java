package io.touchstone.kpi;

import static org.jooq.impl.DSL.extract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/** Time between two moments of a row, in SQL: what an SLA, a horizon or a lookback is checked against. */
final class Elapsed {

    private Elapsed() {
    }

    /** Seconds from {@code from} to {@code to} (negative when {@code to} is earlier), fractions kept. */
    static Field<BigDecimal> seconds(Field<OffsetDateTime> from, Field<OffsetDateTime> to) {
        return epoch(to).minus(epoch(from));
    }

    private static Field<BigDecimal> epoch(Field<OffsetDateTime> moment) {
        return extract(moment, DatePart.EPOCH).cast(SQLDataType.NUMERIC);
    }
}
