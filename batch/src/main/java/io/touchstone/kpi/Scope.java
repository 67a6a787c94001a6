package io.touchstone.kpi;

import static io.touchstone.reports.model.ScopeNames.ALL;

/** A brand × region × touchpoint slice of the data; {@link io.touchstone.reports.model.ScopeNames#ALL} marks an aggregate. */
public record Scope(String brand, String region, String touchpoint) {

    public static Scope company(String brand) {
        return new Scope(brand, ALL, ALL);
    }
}
