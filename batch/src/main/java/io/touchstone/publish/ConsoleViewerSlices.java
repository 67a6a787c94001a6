package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.jooq.impl.DSL.coalesce;

import io.touchstone.reports.model.ReportSlice;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The slices the web console's viewers are limited to: every distinct region or touchpoint of a
 * {@code viewer} in {@code console_user}. The publish step cuts a burst copy for each, because a
 * viewer sees only their slice's copy and may be on nobody's distribution list; without it they
 * would find nothing in the console.
 */
@Component
public final class ConsoleViewerSlices {

    static final String VIEWER = "viewer";

    private final DSLContext dsl;

    public ConsoleViewerSlices(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Regions first, then touchpoints, each alphabetically, so every run cuts its copies in the same order. */
    public List<ReportSlice> slices() {
        // The table allows a region or a touchpoint, never both; a blank one limits nobody.
        return dsl.selectDistinct(CONSOLE_USER.REGION, CONSOLE_USER.TOUCHPOINT)
                .from(CONSOLE_USER)
                .where(CONSOLE_USER.ROLE.eq(VIEWER))
                .and(coalesce(CONSOLE_USER.REGION, CONSOLE_USER.TOUCHPOINT).trim().ne(""))
                .orderBy(CONSOLE_USER.REGION.asc().nullsLast(), CONSOLE_USER.TOUCHPOINT)
                .fetch(row -> row.value1() != null
                        ? new ReportSlice(ReportSlice.REGION, row.value1().strip())
                        : new ReportSlice(ReportSlice.TOUCHPOINT, row.value2().strip()))
                .stream()
                .distinct()
                .toList();
    }
}
