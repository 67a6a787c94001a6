package io.touchstone.reports.model;

/**
 * The reserved names in a scope's brand, region or touchpoint, shared by the feeds, the KPI
 * tables and the reports so that each is spelt in one place.
 */
public final class ScopeNames {

    /** Every brand, region or touchpoint together: the aggregate scope. */
    public static final String ALL = "ALL";

    /** A benchmark vendor's figure for the industry as a whole, not for one brand. */
    public static final String INDUSTRY = "INDUSTRY";

    private ScopeNames() {
    }
}
