/**
 * Touchstone's Spring Boot application: only {@link io.touchstone.TouchstoneApplication}, the
 * root every feature package is scanned from.
 *
 * <p>The packages below it are layered, each depending only on those beneath it:
 * {@code period} (reporting periods and the fiscal calendar) and {@code system} (home folder,
 * settings, the embedded server, SQL helpers) at the bottom; {@code run} (what one run is about);
 * the features {@code ingest}, {@code kpi}, {@code textmining}, {@code benchmark}, {@code publish};
 * {@code job}, which composes them into the nightly job; and {@code cli} on top. {@code demo}
 * stands apart: it only writes files.
 */
package io.touchstone;
