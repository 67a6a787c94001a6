package io.touchstone.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.sql.generated.tables.records.FollowupRecord;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A row built by the million costs its values, not a configuration of its own. */
class BuiltRecordsTest {

    private static final int ROWS = 20_000;
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T14:03:00+01:00");

    @Test
    void settingTheKeyOfAnAttachedRecordCopiesNoSettings() {
        // a follow-up's key has three columns: each set reads the settings
        long detached = bytesPerRow(FollowupRecord::new);
        long attached = bytesPerRow(() -> BuiltRecords.attached(new FollowupRecord()));

        assertThat(attached).as("bytes per attached row (detached: %d)", detached).isLessThan(400);
    }

    @Test
    void anAttachedRecordHoldsItsValues() {
        FollowupRecord row = BuiltRecords.attached(new FollowupRecord())
                .setResponseId("R1").setAction("called").setActionAt(AT);

        assertThat(row.getResponseId()).isEqualTo("R1");
        assertThat(row.getAction()).isEqualTo("called");
        assertThat(row.getActionAt()).isEqualTo(AT);
    }

    private static long bytesPerRow(Supplier<FollowupRecord> newRow) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<FollowupRecord> rows = new ArrayList<>(ROWS);
        // once to warm up, once measured
        for (int round = 0; round < 2; round++) {
            rows.clear();
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < ROWS; i++) {
                rows.add(newRow.get().setResponseId("R").setAction("called").setActionAt(AT));
            }
            if (round == 1) {
                return (threads.getCurrentThreadAllocatedBytes() - before) / ROWS;
            }
        }
        throw new AssertionError("unreachable");
    }
}
