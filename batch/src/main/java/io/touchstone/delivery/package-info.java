/**
 * E-mail delivery of a published run: one message per recipient of the distribution file with
 * their copy attached, the delivery log ({@code delivery}, {@code delivery_file}) that knows who
 * has which file by its SHA-256, resends, and the alerts for failed runs and failed deliveries.
 * See the README, "Delivery".
 */
package io.touchstone.delivery;
