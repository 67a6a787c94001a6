package io.touchstone.console;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.ConsoleClient;
import io.touchstone.support.ConsoleTest;
import io.touchstone.users.ConsoleRole;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what: each role against each endpoint, the login rules (form for people, Basic for
 * scripts, CSRF on forms, lockout after 5 failures), the security headers, and the page that
 * says how to create the first admin while there is none. A request a role may send is answered
 * by the endpoint itself (here 400 or 404 for a deliberately empty request); one it may not is 403.
 */
class ConsoleAccessTest extends ConsoleTest {

    @BeforeEach
    void oneUserOfEachRole() {
        user("vera", ConsoleRole.VIEWER);
        user("carl", ConsoleRole.CX_LEAD);
        user("ada", ConsoleRole.ADMIN);
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
        "GET,  /api/runs,               vera, 200",
        "GET,  /api/runs,               carl, 200",
        "GET,  /api/runs,               ada,  200",
        "GET,  /api/runs/999,           vera, 404",
        "POST, /api/runs,               vera, 403",
        "POST, /api/runs,               carl, 400",
        "POST, /api/runs,               ada,  400",
        "POST, /api/runs/999/restart,   vera, 403",
        "POST, /api/runs/999/restart,   carl, 404",
        "GET,  /api/runs/999/rejects,   vera, 403",
        "GET,  /api/runs/999/rejects,   carl, 404",
        "GET,  /api/runs/999/rejects,   ada,  404",
        "GET,  /api/deliveries?run=1,   vera, 403",
        "GET,  /api/deliveries?run=1,   carl, 200",
        "POST, /api/deliveries/9/resend, vera, 403",
        "POST, /api/deliveries/9/resend, carl, 404",
        "GET,  /api/users,              ada,  404",
    })
    void eachRoleReachesOnlyItsEndpoints(String method, String path, String user, int status) {
        ConsoleClient.Answer answer = method.equals("GET") ? script().getAs(user, PASSWORD, path)
                : script().postAs(user, PASSWORD, path, "{\"date\": \"\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(answer.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void aRefusalSaysWhichRoleItNeeds() {
        ConsoleClient.Answer answer = script().postAs("vera", PASSWORD, "/api/runs", "{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("needs the cx-lead role");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
        "/runs,        vera, 200",
        "/runs/new,    vera, 403",
        "/runs/new,    carl, 200",
        "/schedules,   vera, 200",
        "/users,       vera, 403",
        "/users,       carl, 403",
        "/users,       ada,  200",
    })
    void eachRoleSeesOnlyItsPages(String path, String user, int status) {
        ConsoleClient browser = browser();
        assertThat(browser.logIn(user, PASSWORD).status()).isEqualTo(302);

        ConsoleClient.Answer page = browser.get(path);

        assertThat(page.status()).as(page.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(page.body()).contains("Not allowed").containsPattern("needs the <strong>(cx-lead|admin)</strong> role");
        }
    }

    @Test
    void someoneNotLoggedInIsSentToTheLoginPageAndAScriptIsAskedForCredentials() {
        ConsoleClient.Answer page = script().get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");

        ConsoleClient.Answer api = script().get("/api/runs");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).startsWith("Basic");

        assertThat(script().getAs("vera", "not the password", "/api/runs").status()).isEqualTo(401);
    }

    @Test
    void theSessionCookieOfTheFormLoginDoesNotOpenTheApi() {
        ConsoleClient browser = browser();
        browser.logIn("carl", PASSWORD);
        assertThat(browser.get("/runs").status()).isEqualTo(200);

        assertThat(browser.get("/api/runs").status()).as("no Basic credentials").isEqualTo(401);
        assertThat(browser.postJson("/api/runs", "{\"date\": \"2026-10-31\"}").status()).isEqualTo(401);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleClient browser = browser();
        browser.logIn("carl", PASSWORD);
        browser.get("/runs/new");

        ConsoleClient.Answer forged = browser.formWithout("/runs", Map.of("kind", "run", "date", "2026-10-31"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired");

        ConsoleClient.Answer genuine = browser.form("/runs", Map.of("kind", "run", "date", "not a date"));
        assertThat(genuine.status()).as("past CSRF, refused by the form's own check").isEqualTo(400);
        assertThat(genuine.body()).contains("is not a date for business date: write it as year-month-day");
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenToo() {
        ConsoleClient browser = browser();

        ConsoleClient.Answer forged = browser.formWithout("/login", Map.of("username", "carl", "password", PASSWORD));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this console");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndPagesCarrySecurityHeaders() {
        ConsoleClient browser = browser();
        ConsoleClient.Answer login = browser.logIn("vera", PASSWORD);

        assertThat(login.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        ConsoleClient.Answer page = browser.get("/runs");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    @Test
    void fiveFailedLoginsInARowLockTheUserForAMinute() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(script().getAs("vera", "wrong " + attempt, "/api/runs").status()).isEqualTo(401);
        }

        ConsoleClient.Answer locked = script().getAs("vera", PASSWORD, "/api/runs");
        assertThat(locked.status()).as("even the right password, for a minute").isEqualTo(401);
        assertThat(locked.body()).contains("wait a minute");
        ConsoleClient browser = browser();
        assertThat(browser.logIn("vera", PASSWORD).header("Location")).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("wait a minute");

        // A minute later
        dsl.update(CONSOLE_USER).set(CONSOLE_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(CONSOLE_USER.USER_NAME.eq("vera")).execute();
        assertThat(script().getAs("vera", PASSWORD, "/api/runs").status()).isEqualTo(200);
    }

    @Test
    void fourFailuresThenASuccessStartTheCountAgain() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            script().getAs("carl", "wrong", "/api/runs");
        }
        assertThat(script().getAs("carl", PASSWORD, "/api/runs").status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            script().getAs("carl", "wrong", "/api/runs");
        }

        assertThat(script().getAs("carl", PASSWORD, "/api/runs").status()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSession() {
        ConsoleClient browser = browser();
        browser.logIn("vera", PASSWORD);
        browser.get("/runs");

        ConsoleClient.Answer out = browser.form("/logout", Map.of());

        assertThat(out.status()).as(out.body()).isEqualTo(302);
        assertThat(out.header("Location")).endsWith("/login?logout");
        assertThat(browser.get("/runs").status()).isEqualTo(302);
    }

    @Test
    void aRemovedUserLosesTheirSessionAtOnce() {
        ConsoleClient browser = browser();
        browser.logIn("vera", PASSWORD);
        assertThat(browser.get("/runs").status()).isEqualTo(200);

        users.remove("vera");

        assertThat(browser.get("/runs").status()).isEqualTo(302);
    }
}
