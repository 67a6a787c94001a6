package io.touchstone.publish;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.model.ReportSlice;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What one copy of the dashboard may show. The company copy shows everything. A region's copy
 * shows the company-wide figures (region {@code ALL}) and its own region's, never another
 * region's. A touchpoint's copy shows the company headline and its own touchpoint in every
 * region, never another touchpoint's.
 */
record ReportScope(ReportSlice slice) {

    static final ReportScope COMPANY = new ReportScope(null);

    /** The rows this copy may show, as a SQL condition on a table's region and touchpoint columns. */
    Condition condition(Field<String> region, Field<String> touchpoint) {
        if (slice == null) {
            return DSL.trueCondition();
        }
        if (slice.isRegion()) {
            return region.in(ALL, slice.value());
        }
        return touchpoint.eq(slice.value()).or(touchpoint.eq(ALL).and(region.eq(ALL)));
    }

    /** The region of this copy's own figures (trend, themes): the slice's, else {@code ALL}. */
    String ownRegion() {
        return slice != null && slice.isRegion() ? slice.value() : ALL;
    }

    String ownTouchpoint() {
        return slice != null && !slice.isRegion() ? slice.value() : ALL;
    }

    boolean isCompany() {
        return slice == null;
    }
}
