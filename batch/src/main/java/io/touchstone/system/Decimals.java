package io.touchstone.system;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The four decimal places the mining and benchmark tables store shares, sentiments, gaps and G²
 * with, rounded half up from the computed {@code double}.
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal fourPlaces(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
