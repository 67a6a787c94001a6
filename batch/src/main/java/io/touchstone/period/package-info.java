/**
 * Reporting periods as finance and CX leads name them: days, ISO weeks, calendar months,
 * quarters and fiscal months ({@link io.touchstone.period.ReportingPeriod}), their prior period
 * and the same period last year, the fiscal calendar, and period labels as the feeds write them.
 */
package io.touchstone.period;
