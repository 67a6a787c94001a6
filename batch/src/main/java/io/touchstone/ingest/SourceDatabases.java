package io.touchstone.ingest;

import io.touchstone.system.TouchstoneProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Connects to the databases feeds are read from ({@code touchstone.sources.<name>}): URL, user,
 * and the password from the environment variable the settings name. A connection per read, from
 * a plain {@link DriverManagerDataSource}: a feed's step holds one connection for its whole read,
 * so a pool would only keep idle connections to someone else's database.
 *
 * <p>Every failure says which source and setting to look at in one line, and never holds the
 * password: the URL is quoted without its parameters, where a password may also sit.
 */
final class SourceDatabases {

    private final Map<String, TouchstoneProperties.Source> sources;
    private final EnvironmentVariables environment;

    SourceDatabases(Map<String, TouchstoneProperties.Source> sources, EnvironmentVariables environment) {
        this.sources = sources;
        this.environment = environment;
    }

    /** Fails early, before anything is registered, when a source's settings cannot work. */
    void check(String name, Feed feed) {
        password(settingsOf(name, feed), name);
    }

    Connection connect(String name, Feed feed) {
        TouchstoneProperties.Source source = settingsOf(name, feed);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(source.url(), source.user(),
                password(source, name));
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new ItemStreamException("cannot connect to source " + name + " at " + withoutParameters(source.url())
                    + " as " + source.user() + " (check touchstone.sources." + name + ".url, .user and .password-env): "
                    + firstLine(e.getMessage()), e);
        }
    }

    private TouchstoneProperties.Source settingsOf(String name, Feed feed) {
        TouchstoneProperties.Source source = sources.get(name);
        if (source == null) {
            throw new ItemStreamException("touchstone.feeds." + feed.code() + ".source names " + name
                    + ", but there is no touchstone.sources." + name + " (set its url, user and password-env)");
        }
        if (source.url() == null || source.url().isBlank()) {
            throw new ItemStreamException("source " + name + " has no URL: set touchstone.sources." + name + ".url"
                    + " (for example jdbc:postgresql://host:5432/database)");
        }
        return source;
    }

    /** {@code null} when the source names no variable: the driver then authenticates without one. */
    private String password(TouchstoneProperties.Source source, String name) {
        if (source.passwordEnv() == null || source.passwordEnv().isBlank()) {
            return null;
        }
        String password = environment.get(source.passwordEnv());
        if (password == null) {
            throw new ItemStreamException("source " + name + ": the environment variable " + source.passwordEnv()
                    + " (touchstone.sources." + name + ".password-env) is not set; set it to the password of "
                    + source.user() + " before the run");
        }
        return password;
    }

    private static String withoutParameters(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse(message).strip();
    }
}
