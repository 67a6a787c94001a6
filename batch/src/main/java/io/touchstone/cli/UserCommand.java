package io.touchstone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code touchstone user add|list|remove}: the people who may use the web console. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Add, list or remove the users of the web console.",
        subcommands = {UserAddCommand.class, UserListCommand.class, UserRemoveCommand.class})
public final class UserCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing user command: add, list or remove; try 'touchstone user list'.");
    }
}
