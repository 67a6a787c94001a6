package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.ReportSlice;

/**
 * The scope a copy of the dashboard speaks for: the company ({@code ALL/ALL}) or its slice's
 * region or touchpoint with the other dimension {@code ALL}. The operations and money pages show
 * this scope's figures; the model of a burst copy holds only the company's rows and the slice's.
 */
record CopyScope(String region, String touchpoint, String name) {

    static final CopyScope COMPANY = new CopyScope(ALL, ALL, "Company");

    static CopyScope of(CxPeriodReport report) {
        ReportSlice slice = report.slice();
        if (slice == null) {
            return COMPANY;
        }
        return slice.isRegion() ? new CopyScope(slice.value(), ALL, slice.value())
                : new CopyScope(ALL, slice.value(), slice.value());
    }

    boolean isCompany() {
        return region.equals(ALL) && touchpoint.equals(ALL);
    }

    boolean is(String rowRegion, String rowTouchpoint) {
        return region.equals(rowRegion) && touchpoint.equals(rowTouchpoint);
    }

    /**
     * Whether a row breaks this scope down one level: a region or a touchpoint of the company, a
     * touchpoint within a region slice, a region within a touchpoint slice.
     */
    boolean isBreakdown(String rowRegion, String rowTouchpoint) {
        if (isCompany()) {
            return rowRegion.equals(ALL) != rowTouchpoint.equals(ALL);
        }
        return region.equals(ALL) ? rowTouchpoint.equals(touchpoint) && !rowRegion.equals(ALL)
                : rowRegion.equals(region) && !rowTouchpoint.equals(ALL);
    }
}
