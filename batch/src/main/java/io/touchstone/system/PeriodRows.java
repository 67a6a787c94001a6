package io.touchstone.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Replaces what a step computed for some periods: the periods' old rows are deleted and the new
 * ones inserted in the step's transaction, so a rerun or a restart never leaves a mix of the
 * two and never a duplicate.
 *
 * @param <R> the table's record type
 */
public final class PeriodRows<R extends TableRecord<R>> {

    private final DSLContext dsl;
    private final Table<R> table;
    private final TableField<R, String> periodKind;
    private final TableField<R, String> period;

    private PeriodRows(DSLContext dsl, Table<R> table, TableField<R, String> periodKind,
            TableField<R, String> period) {
        this.dsl = dsl;
        this.table = table;
        this.periodKind = periodKind;
        this.period = period;
    }

    /** The rows of {@code table}, whose period is told by its {@code periodKind} and {@code period} columns. */
    public static <R extends TableRecord<R>> PeriodRows<R> of(DSLContext dsl, Table<R> table,
            TableField<R, String> periodKind, TableField<R, String> period) {
        return new PeriodRows<>(dsl, table, periodKind, period);
    }

    /** Replaces one period's rows with {@code rows}. */
    public int replace(String kind, String label, List<R> rows) {
        return replace(kind, List.of(label), rows);
    }

    /** Replaces the rows of several periods of one kind with {@code rows}. */
    public int replace(String kind, Collection<String> labels, List<R> rows) {
        return replace(kind, labels, DSL.trueCondition(), rows);
    }

    /**
     * Replaces the rows of several periods of one kind that match {@code which} (the metrics a
     * step computes, where several steps share a table) with {@code rows}.
     */
    public int replace(String kind, Collection<String> labels, Condition which, List<R> rows) {
        dsl.deleteFrom(table).where(periodKind.eq(kind)).and(period.in(labels)).and(which).execute();
        if (!rows.isEmpty()) {
            insert(rows);
        }
        return rows.size();
    }

    /**
     * Inserts the rows with {@code COPY} when all set the same columns (the columns left unset
     * keep their defaults, as an insert would), else one by one in a batch.
     *
     * <p><b>NOTE</b>: a batch insert renders each record's statement before it groups them, most
     * of a KPI step's own time for its several thousand rows.
     */
    private void insert(List<R> rows) {
        int[] set = setPositions(rows.get(0));
        for (R row : rows) {
            if (!Arrays.equals(set, setPositions(row))) {
                dsl.batchInsert(rows).execute();
                return;
            }
        }
        List<Field<?>> columns = Arrays.stream(set).<Field<?>>mapToObj(table::field).toList();
        new CopyRows(table, columns, set, table.getName()).copy(dsl, rows);
    }

    private static int[] setPositions(Record row) {
        return IntStream.range(0, row.size()).filter(row::changed).toArray();
    }
}
