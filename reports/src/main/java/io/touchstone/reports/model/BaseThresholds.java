package io.touchstone.reports.model;

/**
 * The sample sizes below which a value is shown greyed as a low base ({@code low}) or not at
 * all ({@code suppressBelow}); settings, so the reports print the ones the run used.
 */
public record BaseThresholds(int low, int suppressBelow) {

    public static final BaseThresholds DEFAULT = new BaseThresholds(30, 10);
}
