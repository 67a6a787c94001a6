package io.touchstone.cli;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUsers;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code touchstone user list}: the console's users by name, with role, slice, when added and any lockout. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the users of the web console: name, role, slice, when added (UTC), lockout.")
public final class UserListCommand implements Callable<Integer> {

    private static final String FORMAT = "%-24s  %-7s  %-28s  %-20s  %s";
    // UTC, not the reporting time zone: the lockout is a security fact, compared with server logs.
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            List<ConsoleUser> users = session.bean(ConsoleUsers.class).list();
            if (users.isEmpty()) {
                out.println("No console users: add one with touchstone user add NAME --role admin --password-stdin.");
                return 0;
            }
            row(out, "name", "role", "slice", "created", "");
            Instant now = Instant.now();
            for (ConsoleUser user : users) {
                row(out, user.name(), user.role().code(),
                        user.hasSlice() ? describe(user.slice()) : "all", CREATED.format(user.createdAt()),
                        user.isLockedAt(now) ? "locked until " + UNTIL.format(user.lockedUntil()) : "");
            }
        }
        return 0;
    }

    private static void row(PrintWriter out, Object... cells) {
        out.println(String.format(Locale.ROOT, FORMAT, cells).stripTrailing());
    }

    /** A slice as a person says it: {@code region North}. */
    static String describe(ReportSlice slice) {
        return slice.dimension() + " " + slice.value();
    }
}
