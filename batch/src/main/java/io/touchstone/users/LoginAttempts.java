package io.touchstone.users;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts the console's logins from Spring Security's authentication events: a wrong password
 * counts towards the lockout, a successful login starts the count again. A name nobody has
 * changes nothing.
 */
@Component
final class LoginAttempts {

    private final ConsoleUsers users;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(ConsoleUsers users) {
        this.users = users;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName(), clock.instant());
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
