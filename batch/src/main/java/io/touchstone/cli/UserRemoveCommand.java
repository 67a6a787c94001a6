package io.touchstone.cli;

import io.touchstone.system.TouchstoneHome;
import io.touchstone.users.ConsoleUsers;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchstone user remove NAME}: takes a user's access to the web console away. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user of the web console.")
public final class UserRemoveCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user's login name, as 'touchstone user list' shows it.")
    String name;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            if (!session.bean(ConsoleUsers.class).remove(name)) {
                throw new IllegalArgumentException("There is no user " + name + "; touchstone user list shows them.");
            }
        }
        spec.commandLine().getOut().println("Removed " + name + ".");
        return 0;
    }
}
