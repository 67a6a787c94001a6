package io.touchstone.cli;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUsers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code touchstone user add|list|remove}: console users from the command line, the password on standard input. */
class UserCommandTest extends WarehouseTest {

    @TempDir
    Path home;

    @Autowired
    ConsoleUsers users;

    @Autowired
    PasswordEncoder passwordEncoder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void usersAreAddedListedAndRemoved() {
        // when two users are added, the passwords on standard input
        int addedViewer = touchstone("correct horse battery\r\n", "user", "add", "anna", "--role", "viewer",
                "--region", "North", "--password-stdin");
        int addedAdmin = touchstone("another long password", "user", "add", "bo", "--role", "admin",
                "--password-stdin");

        // then
        assertThat(addedViewer).as(err.toString()).isZero();
        assertThat(addedAdmin).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly("Added viewer anna (region North).", "Added admin bo.");
        assertThat(passwordEncoder.matches("correct horse battery", hashOf("anna"))).isTrue();
        assertThat(passwordEncoder.matches("another long password", hashOf("bo"))).isTrue();

        // when anna is locked out and the users are listed
        for (int failure = 0; failure < ConsoleUsers.MAX_FAILED_LOGINS; failure++) {
            users.recordFailedLogin("anna", Instant.now());
        }
        out = new StringWriter();
        int listed = touchstone("", "user", "list");

        // then
        assertThat(listed).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList())
                .hasSize(3)
                .satisfies(lines -> {
                    assertThat(lines.get(0)).startsWith("name").contains("role", "slice", "created");
                    assertThat(lines.get(1)).matches("anna +viewer +region North +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"
                            + " +locked until \\d\\d:\\d\\d");
                    assertThat(lines.get(2)).matches("bo +admin +all +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
                });

        // when anna is removed, and removed again
        out = new StringWriter();
        int removed = touchstone("", "user", "remove", "anna");
        String removedOut = out.toString();
        int removedAgain = touchstone("", "user", "remove", "anna");

        // then
        assertThat(removed).as(err.toString()).isZero();
        assertThat(removedOut).isEqualTo("Removed anna." + System.lineSeparator());
        assertThat(removedAgain).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("touchstone: There is no user anna; touchstone user list shows them."
                + System.lineSeparator());
        assertThat(users.list()).extracting(ConsoleUser::name).containsExactly("bo");
    }

    @Test
    void withoutUsersTheListSaysHowToAddOne() {
        assertThat(touchstone("", "user", "list")).isZero();
        assertThat(out.toString()).contains("No console users: add one with touchstone user add NAME --role admin"
                + " --password-stdin.");
    }

    @Test
    void aPasswordIsOnlyTakenFromStandardInput() {
        // when
        int status = touchstone("correct horse battery\n", "user", "add", "anna", "--role", "admin");

        // then
        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("Give the password on standard input with --password-stdin, e.g."
                        + " `printf '%s\\n' \"$PASSWORD\" | touchstone user add ...`.")
                .contains("Usage: touchstone user add");
        assertThat(users.anyExist()).isFalse();
    }

    @Test
    void anEmptyStandardInputIsRefused() {
        for (String input : new String[] {"", "\n", "\r\n"}) {
            err = new StringWriter();
            int status = touchstone(input, "user", "add", "anna", "--role", "admin", "--password-stdin");

            assertThat(status).isEqualTo(2);
            assertThat(err.toString()).startsWith("--password-stdin: standard input is empty; give the password as"
                    + " its first line, e.g. `printf '%s\\n' \"$PASSWORD\" | touchstone user add ...`.")
                    .contains("Usage: touchstone user add");
        }
        assertThat(users.anyExist()).isFalse();
    }

    @Test
    void theRefusalsOfTheUserRulesAreOneLineEach() {
        // when
        int shortPassword = touchstone("too short\n", "user", "add", "anna", "--role", "viewer", "--password-stdin");
        int sliceOnAnAdmin = touchstone("correct horse battery\n", "user", "add", "bo", "--role", "admin",
                "--touchpoint", "Web", "--password-stdin");

        // then
        assertThat(shortPassword).isEqualTo(1);
        assertThat(sliceOnAnAdmin).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "touchstone: A password needs at least 12 characters: choose a longer one; a few unrelated words"
                        + " make one easy to remember.",
                "touchstone: A slice limits a viewer to one burst copy; a cx-lead or admin sees every slice's"
                        + " rejected rows, so cannot carry one: add bo without a slice, or as a viewer.");
        assertThat(users.anyExist()).isFalse();
    }

    @Test
    void mistakesInTheOptionsAreUsageErrors() {
        assertThat(touchstone("correct horse battery\n", "user", "add", "anna", "--role", "owner",
                "--password-stdin")).isEqualTo(2);
        assertThat(err.toString()).contains("--role: There is no role 'owner': a role is viewer, cx-lead, admin.");

        assertThat(touchstone("correct horse battery\n", "user", "add", "anna", "--role", "viewer", "--region",
                "North", "--touchpoint", "Web", "--password-stdin")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");

        assertThat(touchstone("", "user")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing user command: add, list or remove");
        assertThat(users.anyExist()).isFalse();
    }

    private int touchstone(String standardInput, String... args) {
        InputStream in = new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8));
        String[] withDatabase = Stream.concat(Stream.of(args),
                Stream.of("--home", home.toString(), "--db-url", TestDatabase.jdbcUrl())).toArray(String[]::new);
        return TouchstoneCommand.execute(withDatabase, in, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String hashOf(String name) {
        return dsl.select(CONSOLE_USER.PASSWORD_HASH).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchSingle(CONSOLE_USER.PASSWORD_HASH);
    }
}
