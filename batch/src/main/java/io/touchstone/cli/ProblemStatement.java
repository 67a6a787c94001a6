package io.touchstone.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;

/**
 * Turns what went wrong into the one line a person can act on: a setting with its value, file
 * and line; a YAML mistake with its line; a database that cannot be reached; else the innermost
 * of Touchstone's own messages. The stack trace stays in the log file.
 */
final class ProblemStatement {

    private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern PASSWORD = Pattern.compile("(password=)[^&\\s]*");

    private ProblemStatement() {
    }

    static String of(Throwable failure) {
        return setting(failure)
                .or(() -> yaml(failure))
                .or(() -> database(failure))
                .orElseGet(() -> ownMessage(failure));
    }

    private static Optional<String> setting(Throwable failure) {
        return find(failure, BindException.class).map(bind -> {
            var property = bind.getProperty();
            String cause = rootMessage(bind.getCause());
            if (property == null) {
                return cause.startsWith("touchstone.") ? cause + ": correct it in application.yml."
                        : "The settings under '" + bind.getName() + "' are not valid: " + cause;
            }
            Origin origin = property.getOrigin();
            return "Setting " + property.getName() + " = '" + property.getValue() + "'"
                    + where(origin) + " is not valid: " + cause
                    + ". Correct it, or remove it to use the default.";
        });
    }

    /** Where a setting was written: the file and line, or the environment variable. */
    private static String where(Origin origin) {
        for (Origin parent = origin; parent != null; parent = parent instanceof PropertySourceOrigin source
                && source.getOrigin() != null ? source.getOrigin() : parent.getParent()) {
            if (parent instanceof TextResourceOrigin text && text.getResource() != null) {
                return where(text);
            }
        }
        return origin == null ? "" : " (" + origin + ")";
    }

    private static String where(TextResourceOrigin text) {
        String file;
        try {
            file = text.getResource().getFile().toString();
        } catch (IOException e) {
            file = text.getResource().getDescription();
        }
        return " (" + file + (text.getLocation() == null ? "" : ", line " + (text.getLocation().getLine() + 1)) + ")";
    }

    private static Optional<String> yaml(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("org.yaml.snakeyaml.") && cause.getMessage() != null) {
                Matcher mark = YAML_MARK.matcher(cause.getMessage());
                String where = mark.find() ? " at line " + mark.group(1) + ", column " + mark.group(2) : "";
                String problem = cause.getMessage().lines().findFirst().orElse("");
                return Optional.of("application.yml is not valid YAML" + where + " (" + problem + ")"
                        + ": check the indentation and the 'key: value' form there.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> database(Throwable failure) {
        return find(failure, SQLException.class)
                .filter(sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                .map(sql -> "Cannot reach the database: " + withoutPassword(rootMessage(sql)).replaceAll("\\.?$", ".")
                        + " Check --db-url (or spring.datasource.url) and that the server is running.");
    }

    private static String ownMessage(Throwable failure) {
        Throwable reported = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("io.touchstone.") && cause.getMessage() != null) {
                reported = cause;
            }
        }
        String message = reported.getMessage() == null ? reported.getClass().getSimpleName() : reported.getMessage();
        return withoutPassword(message.lines().findFirst().orElse(message));
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == null || root.getMessage() == null ? "" : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String withoutPassword(String text) {
        return PASSWORD.matcher(text).replaceAll("$1…");
    }
}
