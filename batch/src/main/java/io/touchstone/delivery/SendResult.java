package io.touchstone.delivery;

/** How sending one message went: sent at the last of {@code attempts} tries, or why not. */
record SendResult(boolean sent, int attempts, String failure) {
}
