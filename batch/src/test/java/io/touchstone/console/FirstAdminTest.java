package io.touchstone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.ConsoleClient;
import io.touchstone.support.ConsoleTest;
import io.touchstone.users.ConsoleRole;
import org.junit.jupiter.api.Test;

/** There is no default password: until a user exists the console says how to create the first admin. */
class FirstAdminTest extends ConsoleTest {

    @Test
    void withNoUserEveryPageSaysHowToCreateTheFirstAdmin() {
        ConsoleClient.Answer page = script().get("/runs");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("Touchstone has no users yet")
                .contains("touchstone user add NAME --role admin --password-stdin");

        assertThat(script().get("/login").body()).contains("Touchstone has no users yet");

        ConsoleClient.Answer api = script().getAs("admin", "admin", "/api/runs");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.body()).contains("touchstone user add NAME --role admin --password-stdin");
    }

    @Test
    void onceAnAdminExistsTheConsoleAsksForALogin() {
        user("ada", ConsoleRole.ADMIN);

        assertThat(script().get("/runs").status()).isEqualTo(302);
        assertThat(script().get("/login").body()).contains("Log in").doesNotContain("no users yet");
        assertThat(script().get("/setup").status()).isEqualTo(302);
    }
}
