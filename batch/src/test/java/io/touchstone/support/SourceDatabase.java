package io.touchstone.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A second database on the test PostgreSQL server, standing for a CRM that feeds are read from
 * over JDBC: created empty on first use, reached with the server's own user and password.
 */
public final class SourceDatabase {

    public static final String NAME = "touchstone_test_crm";

    private SourceDatabase() {
    }

    /** The database's URL without user or password: those come from the source's own settings. */
    public static synchronized String jdbcUrl() {
        String warehouse = TestDatabase.jdbcUrl();
        URI uri = URI.create(warehouse.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + NAME;
    }

    /** The password of the server's user, as an environment variable would hold it. */
    public static String password() {
        String warehouse = TestDatabase.jdbcUrl();
        String password = warehouse.substring(warehouse.indexOf("password=") + "password=".length());
        int next = password.indexOf('&');
        return next < 0 ? password : password.substring(0, next);
    }

    /** Drops and creates the database: every test class starts from a CRM with no tables. */
    public static void recreate() {
        try (Connection warehouse = DriverManager.getConnection(TestDatabase.jdbcUrl());
                Statement statement = warehouse.createStatement()) {
            statement.execute("drop database if exists " + NAME + " with (force)");
            statement.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the source database: " + e.getMessage(), e);
        }
    }

    /** Runs statements on the source database, as its own application would. */
    public static void execute(String... sql) {
        try (Connection crm = DriverManager.getConnection(jdbcUrl(), TestDatabase.user(), password());
                Statement statement = crm.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the source database: " + e.getMessage(), e);
        }
    }
}
