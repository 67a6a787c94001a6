package io.touchstone.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the API says no: a status and the sentence that says what to do, as JSON. A request the
 * rules refuse (a bad date, an unknown period) is 400; one the state of things refuses (a run
 * going, a completed run restarted) is 409; what does not exist is 404.
 */
@ConditionalOnWebApplication
@RestControllerAdvice(assignableTypes = {RunsApiController.class, DeliveriesApiController.class})
final class ApiErrors {

    @ExceptionHandler(NoSuchRunException.class)
    ResponseEntity<ApiError> missing(NoSuchRunException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> refused(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IllegalStateException.class, RunConflictException.class})
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "The body is not the JSON expected: {\"date\": \"2026-11-30\","
                + " \"period\": \"month\"} or {\"from\": …, \"to\": …, \"period\": …}.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, message));
    }
}
