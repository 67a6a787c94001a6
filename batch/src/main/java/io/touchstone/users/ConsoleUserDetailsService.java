package io.touchstone.users;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up the console user logging in, with their password hash, in {@code console_user}. */
@Component
public final class ConsoleUserDetailsService implements UserDetailsService {

    private final ConsoleUsers users;

    ConsoleUserDetailsService(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    public ConsoleUserDetails loadUserByUsername(String name) {
        // Spring Security turns this into the same "bad credentials" as a wrong password, so a
        // login page never tells which names exist.
        return users.credentials(name)
                .orElseThrow(() -> new UsernameNotFoundException("There is no console user " + name
                        + "; touchstone user list shows them."));
    }
}
