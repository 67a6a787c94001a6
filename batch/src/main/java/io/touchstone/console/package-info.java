/**
 * The web console of {@code touchstone serve}: runs, rejects, reruns, backfills, restarts,
 * deliveries, schedules and users for CX leads, and their files for executives, behind form login
 * (pages) and HTTP Basic ({@code /api/**}). A top layer, like the schedules: it starts the job,
 * reads the features' records, and nothing imports it.
 */
package io.touchstone.console;
