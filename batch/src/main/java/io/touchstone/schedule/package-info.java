/**
 * The schedules {@code touchstone serve} fires: their settings ({@code touchstone.schedules}),
 * the once-per-business-date rule kept in the database ({@link io.touchstone.schedule.ScheduleClaims}),
 * the data-ready check ({@link io.touchstone.schedule.DataReadiness}), the decision of one firing
 * ({@link io.touchstone.schedule.ScheduledRuns}) and the cron scheduler itself.
 *
 * <p>It composes nightly runs like {@code job/} does, so it sits beside it, above the features.
 */
package io.touchstone.schedule;
