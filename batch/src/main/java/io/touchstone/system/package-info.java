/**
 * What every feature shares and no feature owns: the home folder and its layout
 * ({@link io.touchstone.system.TouchstoneHome}), the settings of {@code application.yml}
 * ({@link io.touchstone.system.TouchstoneProperties}), the embedded PostgreSQL a home runs on
 * ({@link io.touchstone.system.EmbeddedWarehouse}), and the two ways steps write the warehouse:
 * upsert by key through a staging table ({@link io.touchstone.system.StagedUpsert}, filled by
 * {@link io.touchstone.system.CopyRows}) and replace a period's rows
 * ({@link io.touchstone.system.PeriodRows}).
 */
package io.touchstone.system;
