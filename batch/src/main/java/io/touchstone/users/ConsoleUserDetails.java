package io.touchstone.users;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A console user as Spring Security checks a login: the name, the password hash, the role's
 * authority, and locked while {@code locked_until} is still ahead. Two are equal when they are
 * of the same user name, as Spring's session registry expects of a principal.
 */
public final class ConsoleUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final ConsoleUser user;
    private String passwordHash;

    ConsoleUserDetails(ConsoleUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public ConsoleUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.name();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !user.isLockedAt(Instant.now());
    }

    /** Forgets the hash once the login is checked, so it does not live on in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleUserDetails details && details.user.name().equals(user.name());
    }

    @Override
    public int hashCode() {
        return user.name().hashCode();
    }

    /** The name and role only: never the hash. */
    @Override
    public String toString() {
        return "ConsoleUserDetails[" + user.name() + ", " + user.role().code() + "]";
    }
}
