package io.touchstone.console;

import org.springframework.http.HttpStatus;

/** The body of every API refusal: the status and one sentence saying what to do. */
record ApiError(int status, String error, String message) {

    static ApiError of(HttpStatus status, String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), message);
    }
}
