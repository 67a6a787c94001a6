package io.touchstone.console;

/** A run, delivery or file that does not exist (or is not one of the run's published files): 404. */
final class NoSuchRunException extends RuntimeException {

    NoSuchRunException(String message) {
        super(message);
    }
}
