package io.touchstone.reports.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * The part of the business a burst dashboard is cut for: one region or one touchpoint. Its
 * recipients see the company headline and this slice's detail, never another slice's.
 * Serializable, as a console viewer's slice travels in their login session.
 *
 * @param dimension {@code region} or {@code touchpoint}
 * @param value the region or touchpoint as it appears in the feeds ({@code North West})
 */
public record ReportSlice(String dimension, String value) implements Serializable {

    public static final String REGION = "region";
    public static final String TOUCHPOINT = "touchpoint";

    public ReportSlice {
        if (!dimension.equals(REGION) && !dimension.equals(TOUCHPOINT)) {
            throw new IllegalArgumentException("A slice is a region or a touchpoint, not " + dimension);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + dimension + " slice needs a name");
        }
    }

    /** The slice as it ends a file name: lower case, runs of other characters as one hyphen. */
    public String fileSuffix() {
        String slug = value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? dimension : slug;
    }

    public boolean isRegion() {
        return dimension.equals(REGION);
    }
}
