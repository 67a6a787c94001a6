package io.touchstone.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every value a feed's row can hold arrives in PostgreSQL as it was, through COPY's CSV. */
class CopyRowsTest extends WarehouseTest {

    private static final Table<Record> PROBE = table(name("copy_rows_probe"));
    private static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
    private static final Field<String> TEXT = field(name("text"), SQLDataType.CLOB);
    private static final Field<Short> SCORE = field(name("score"), SQLDataType.SMALLINT);
    private static final Field<BigDecimal> AMOUNT = field(name("amount"), SQLDataType.NUMERIC(30, 10));
    private static final Field<OffsetDateTime> AT = field(name("at"), SQLDataType.TIMESTAMPWITHTIMEZONE(6));
    private static final Field<Boolean> FLAG = field(name("flag"), SQLDataType.BOOLEAN);
    private static final List<Field<?>> COLUMNS = List.of(ID, TEXT, SCORE, AMOUNT, AT, FLAG);

    @BeforeEach
    void aTable() {
        dsl.createTable(PROBE).columns(COLUMNS).execute();
    }

    @AfterEach
    void dropIt() {
        dsl.dropTable(PROBE).execute();
    }

    @Test
    void textsNumbersAndTimestampsArriveAsTheyWere() {
        List<Object[]> values = List.of(
                new Object[] {1L, "plain", (short) 10, new BigDecimal("12.5"),
                        OffsetDateTime.of(2026, 11, 20, 14, 3, 0, 0, ZoneOffset.ofHours(1)), true},
                new Object[] {-9_223_372_036_854_775_807L, "", (short) 0, new BigDecimal("1E-7"),
                        OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6_000, ZoneOffset.UTC), false},
                new Object[] {Long.MAX_VALUE, null, null, null, null, null},
                new Object[] {Long.MIN_VALUE, "Said \"never again\", then\nrang back\r\n", (short) -3,
                        new BigDecimal("-0.0000000001"), OffsetDateTime.of(1, 1, 1, 0, 0, 0, 500_000_000,
                                ZoneOffset.ofHoursMinutes(5, 30)), null},
                new Object[] {7L, "\\.", (short) 1, new BigDecimal("123456789012345678.9"),
                        OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(-8)), null},
                new Object[] {8L, "Café ok 👍 配送が遅い, “curly” \"quoted\" naïve", (short) 5,
                        BigDecimal.ZERO, OffsetDateTime.of(2026, 10, 31, 23, 0, 0, 120_000_000,
                                ZoneOffset.ofHours(-11)), true},
                new Object[] {9L, "back\\slash at the end\\", (short) 2, new BigDecimal("5"),
                        OffsetDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)), false});
        List<Record> rows = new ArrayList<>();
        for (Object[] row : values) {
            Record record = dsl.newRecord(COLUMNS.toArray(Field[]::new));
            record.fromArray(row);
            rows.add(record);
        }

        dsl.transaction(transaction -> new CopyRows(PROBE, COLUMNS, "probe").copy(transaction.dsl(), rows));

        List<Record> stored = dsl.select(COLUMNS).from(PROBE).orderBy(field(name("ctid"))).fetch();
        assertThat(stored).hasSameSizeAs(values);
        for (int r = 0; r < values.size(); r++) {
            Object[] expected = values.get(r);
            Record actual = stored.get(r);
            assertThat(actual.get(ID)).isEqualTo(expected[0]);
            assertThat(actual.get(TEXT)).as("text of row %d", r).isEqualTo(expected[1]);
            assertThat(actual.get(SCORE)).isEqualTo(expected[2]);
            if (expected[3] == null) {
                assertThat(actual.get(AMOUNT)).isNull();
            } else {
                assertThat(actual.get(AMOUNT)).isEqualByComparingTo((BigDecimal) expected[3]);
            }
            if (expected[4] == null) {
                assertThat(actual.get(AT)).isNull();
            } else {
                assertThat(actual.get(AT).toInstant()).as("moment of row %d", r)
                        .isEqualTo(((OffsetDateTime) expected[4]).toInstant());
            }
            assertThat(actual.get(FLAG)).isEqualTo(expected[5]);
        }
    }
}
