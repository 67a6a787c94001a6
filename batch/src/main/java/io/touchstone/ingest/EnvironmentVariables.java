package io.touchstone.ingest;

import java.util.function.UnaryOperator;

/**
 * Where the passwords of feed sources come from: the process environment in production
 * ({@code touchstone.sources.<name>.password-env} names the variable), something else in tests,
 * which cannot set a running JVM's environment.
 */
record EnvironmentVariables(UnaryOperator<String> lookup) {

    static EnvironmentVariables ofProcess() {
        return new EnvironmentVariables(System::getenv);
    }

    /** The variable's value; {@code null} when it is not set. */
    String get(String name) {
        return lookup.apply(name);
    }
}
