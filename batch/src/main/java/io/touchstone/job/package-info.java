/**
 * The nightly job put together from the feature packages, and the runner that starts, restarts
 * and lists its runs for the command line.
 *
 * <p>This is the composition layer: it may import every feature package, and none of them
 * imports it. What a run is about (its id, business date, period, folders) lives in
 * {@link io.touchstone.run.NightlyRun}, where the steps read it.
 */
package io.touchstone.job;
