package io.touchstone.console;

/**
 * A request the state of the runs refuses — a launch while one is going, a restart of a run that
 * completed or was superseded: the API answers 409 Conflict with the sentence.
 */
final class RunConflictException extends RuntimeException {

    RunConflictException(String message) {
        super(message);
    }
}
