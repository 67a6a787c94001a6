package io.touchstone.kpi;

/** A brand × region × touchpoint slice of the data; {@code ALL} marks an aggregate. */
public record Scope(String brand, String region, String touchpoint) {

    public static final String ALL = "ALL";

    public static Scope company(String brand) {
        return new Scope(brand, ALL, ALL);
    }
}
