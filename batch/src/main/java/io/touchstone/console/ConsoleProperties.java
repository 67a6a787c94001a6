package io.touchstone.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web console ({@code touchstone.console.*}); dates and numbers are shown in
 * {@code touchstone.reporting.locale} and {@code time-zone}, as on the dashboard.
 *
 * @param runsPerPage runs the runs page and {@code GET /api/runs} list at most
 * @param maxBackfillRuns the most runs one backfill from the console may start
 * @param refreshSeconds how often a page showing a run in progress fetches its progress
 */
@ConfigurationProperties("touchstone.console")
record ConsoleProperties(
        @DefaultValue("50") int runsPerPage,
        @DefaultValue("400") int maxBackfillRuns,
        @DefaultValue("3") int refreshSeconds) {
}
