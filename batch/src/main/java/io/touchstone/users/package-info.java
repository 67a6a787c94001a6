/**
 * The people who may use the web console ({@code console_user}): their roles (viewer, cx-lead,
 * admin), a viewer's slice, passwords kept only as BCrypt hashes, and the lockout after five
 * failed logins in a row. The Spring Security side ({@code ConsoleUserDetailsService},
 * {@code LoginAttempts}) lives here too; the console's web security configuration, in the layer
 * above, uses it. See the README, "Console users".
 */
package io.touchstone.users;
