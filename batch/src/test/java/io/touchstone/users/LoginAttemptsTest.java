package io.touchstone.users;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.support.WarehouseTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security's login events count towards the lockout: wrong passwords lock, a login starts again. */
class LoginAttemptsTest extends WarehouseTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fiveWrongPasswordsInARowLockTheUserOut() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        Instant before = Instant.now();

        // when
        for (int failure = 0; failure < 4; failure++) {
            events.publishEvent(wrongPassword("anna"));
        }

        // then
        assertThat(failedLogins("anna")).isEqualTo(4);
        assertThat(users.find("anna").orElseThrow().lockedUntil()).isNull();

        // when
        events.publishEvent(wrongPassword("anna"));

        // then
        assertThat(users.find("anna").orElseThrow().lockedUntil())
                .isBetween(before.plus(ConsoleUsers.LOCKOUT), Instant.now().plus(ConsoleUsers.LOCKOUT));
        assertThat(failedLogins("anna")).isZero();
    }

    @Test
    void aLoginStartsTheCountAgain() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        for (int failure = 0; failure < 4; failure++) {
            events.publishEvent(wrongPassword("anna"));
        }

        // when
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("anna", null, List.of())));

        // then
        assertThat(failedLogins("anna")).isZero();
        events.publishEvent(wrongPassword("anna"));
        assertThat(users.find("anna").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void wrongPasswordsForANameNobodyHasAreNotRecorded() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());

        // when
        for (int failure = 0; failure < 5; failure++) {
            events.publishEvent(wrongPassword("mallory"));
        }

        // then
        assertThat(users.list()).extracting(ConsoleUser::name).containsExactly("anna");
        assertThat(failedLogins("anna")).isZero();
    }

    @Test
    void throughSpringSecurityTheLockedOutUserIsRefusedEvenWithTheRightPassword() {
        // given the authentication the console's login form goes through, publishing its events
        users.add("anna", ConsoleRole.CX_LEAD, null, PASSWORD.toCharArray());
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager logins = new ProviderManager(provider);
        logins.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));

        // when anna logs in, then mistypes her password five times
        Authentication loggedIn = logins.authenticate(attempt("anna", PASSWORD));
        for (int failure = 0; failure < ConsoleUsers.MAX_FAILED_LOGINS; failure++) {
            assertThatThrownBy(() -> logins.authenticate(attempt("anna", "wrong password!")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // then her first login carried her role, and now even her password is refused for a while
        assertThat(loggedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_CX_LEAD");
        assertThat(((ConsoleUserDetails) loggedIn.getPrincipal()).getPassword()).isNull();
        assertThatThrownBy(() -> logins.authenticate(attempt("anna", PASSWORD))).isInstanceOf(LockedException.class);
    }

    private static AuthenticationFailureBadCredentialsEvent wrongPassword(String name) {
        return new AuthenticationFailureBadCredentialsEvent(attempt(name, "wrong password!"),
                new BadCredentialsException("Bad credentials"));
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private int failedLogins(String name) {
        return dsl.select(CONSOLE_USER.FAILED_LOGINS).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchSingle(CONSOLE_USER.FAILED_LOGINS);
    }
}
