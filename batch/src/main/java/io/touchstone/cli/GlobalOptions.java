package io.touchstone.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command's name ({@code touchstone --home
 * DIR demo} and {@code touchstone demo --home DIR} alike): picocli's inherited options, bound to
 * the one instance the root command holds, which each subcommand finds through its spec.
 */
public final class GlobalOptions {

    static final String MIXIN = "global";

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Home folder for the database, inbox, archive, quarantine and out"
                    + " (default: $TOUCHSTONE_HOME, else ~/.touchstone).")
    Path home;

    @Option(names = "--db-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of a PostgreSQL server to use instead of the embedded one,"
                    + " e.g. jdbc:postgresql://host/touchstone?user=u&password=p.")
    String dbUrl;

    /** The global options as given on this command line, wherever they stood. */
    static GlobalOptions of(CommandSpec command) {
        return (GlobalOptions) command.root().mixins().get(MIXIN).userObject();
    }

    /** The home folder given, or {@code null} for the default. */
    public Path home() {
        return home;
    }

    /** The PostgreSQL server given, or {@code null} for the embedded one. */
    public String dbUrl() {
        return dbUrl;
    }
}
