/**
 * The {@code touchstone} command line: one picocli command per verb ({@code demo}, {@code run},
 * {@code rerun}, {@code backfill}, {@code restart}, {@code runs}, {@code benchmark}, {@code eval}),
 * the global options every command takes before or after its name, and the session that opens
 * the database and the Spring application for one command.
 *
 * <p>Nothing below this package imports it: commands only parse, open a
 * {@link io.touchstone.cli.TouchstoneSession} and call the job runner or a feature.
 */
package io.touchstone.cli;
