package io.touchstone.reports.model;

/**
 * One theme of the taxonomy in the reporting period: the row of the workbook's {@code Themes}
 * sheet. {@code share} is the percentage of commented responses that mention it;
 * {@code sentiment} the mean of the matching sentences (−1..1); {@code npsImpact} the NPS
 * points the theme's mentions cost (negative) or add (positive); {@code quote} a short recent
 * verbatim in the theme's tone with personal data removed ({@code null} when none fits);
 * {@code sharedFrustration} that customers and employees are both negative about it.
 */
public record ThemeRow(
        String period,
        String theme,
        String label,
        String category,
        long volume,
        Double share,
        Double sentiment,
        Double npsImpact,
        Long priorVolume,
        Long change,
        boolean emerging,
        String quote,
        long employeeVolume,
        Double employeeSentiment,
        boolean sharedFrustration) {
}
