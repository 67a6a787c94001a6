package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

/**
 * How a scope reads on the dashboard: {@code North West · delivery}, {@code delivery},
 * {@code North West}, or a name for the whole when both are {@value io.touchstone.reports.model.ScopeNames#ALL}.
 */
final class ScopeName {

    private ScopeName() {
    }

    static String of(String region, String touchpoint, String whole) {
        if (region.equals(ALL)) {
            return touchpoint.equals(ALL) ? whole : touchpoint;
        }
        return touchpoint.equals(ALL) ? region : region + " · " + touchpoint;
    }
}
