package io.touchstone.demo;

/**
 * One simulated survey response, one row of the responses feed; a score the survey did not ask
 * is {@code null}, as is a comment not written.
 */
record SurveyResponse(
        String responseId,
        String respondedAt,
        String brand,
        String touchpoint,
        String region,
        String channel,
        String customerId,
        Integer nps,
        Integer csat,
        Integer ces,
        String comment,
        String language) {
}
