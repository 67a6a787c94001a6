/**
 * What one run of the nightly job is about, readable by every step without knowing the job:
 * {@link io.touchstone.run.NightlyRun} (run id, business date, reporting period, inbox, output
 * folder) and the job parameters it is kept in, so a restarted run sees the same.
 */
package io.touchstone.run;
