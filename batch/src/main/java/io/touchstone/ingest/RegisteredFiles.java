package io.touchstone.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The files one ingest step of a run loads, in reading order, as kept in the step's execution
 * context: written once by the intake, read back by the reader on every open, restarts included.
 */
record RegisteredFiles(List<Long> ids) {

    private static final String KEY = "files";

    RegisteredFiles {
        ids = List.copyOf(ids);
    }

    static boolean keptIn(ExecutionContext context) {
        return context.containsKey(KEY);
    }

    static RegisteredFiles of(ExecutionContext context) {
        if (!keptIn(context)) {
            throw new IllegalStateException("The step's execution context holds no registered files: an ingest step"
                    + " needs the FeedIntakeListener before its reader");
        }
        String ids = context.getString(KEY);
        return new RegisteredFiles(ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
    }

    /** One comma-separated string: the form earlier versions kept, so their failed runs still restart. */
    void keepIn(ExecutionContext context) {
        context.putString(KEY, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
