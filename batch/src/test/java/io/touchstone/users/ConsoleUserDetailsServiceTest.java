package io.touchstone.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.support.WarehouseTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What Spring Security is given to check a console login against. */
class ConsoleUserDetailsServiceTest extends WarehouseTest {

    private static final String PASSWORD = "correct horse battery";
    private static final ReportSlice NORTH = new ReportSlice(ReportSlice.REGION, "North");

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService service;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aUserIsLoadedWithTheirHashAndTheAuthorityOfTheirRole() {
        // given
        ConsoleUser anna = users.add("anna", ConsoleRole.VIEWER, NORTH, PASSWORD.toCharArray());

        // when
        ConsoleUserDetails details = service.loadUserByUsername("anna");

        // then
        assertThat(details.getUsername()).isEqualTo("anna");
        assertThat(details.user()).isEqualTo(anna);
        assertThat(passwordEncoder.matches(PASSWORD, details.getPassword())).isTrue();
        assertThat(details.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER");
        assertThat(details.isAccountNonLocked()).isTrue();
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.toString()).doesNotContain(details.getPassword());
    }

    @Test
    void anUnknownNameIsNotFound() {
        assertThatThrownBy(() -> service.loadUserByUsername("mallory"))
                .isInstanceOf(UsernameNotFoundException.class)
                .hasMessage("There is no console user mallory; touchstone user list shows them.");
    }

    @Test
    void aUserIsLockedOnlyUntilTheirLockoutEnds() {
        // given one locked out a minute from now, one whose lockout ended a minute ago
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        users.add("bo", ConsoleRole.ADMIN, null, PASSWORD.toCharArray());
        for (int failure = 0; failure < ConsoleUsers.MAX_FAILED_LOGINS; failure++) {
            users.recordFailedLogin("anna", Instant.now());
            users.recordFailedLogin("bo", Instant.now().minus(ConsoleUsers.LOCKOUT).minusSeconds(60));
        }

        // when, then
        assertThat(service.loadUserByUsername("anna").isAccountNonLocked()).isFalse();
        assertThat(service.loadUserByUsername("bo").isAccountNonLocked()).isTrue();
    }

    @Test
    void twoDetailsOfOneUserAreEqualAndKeepTheirUserWhenSerialized() throws Exception {
        // given
        users.add("anna", ConsoleRole.VIEWER, NORTH, PASSWORD.toCharArray());
        users.add("bo", ConsoleRole.VIEWER, NORTH, PASSWORD.toCharArray());
        ConsoleUserDetails anna = service.loadUserByUsername("anna");

        // when the hash is erased after the login, as Spring Security does, and the session is stored
        anna.eraseCredentials();
        ConsoleUserDetails restored = (ConsoleUserDetails) roundTrip(anna);

        // then
        assertThat(anna.getPassword()).isNull();
        assertThat(service.loadUserByUsername("anna")).isEqualTo(anna).hasSameHashCodeAs(anna);
        assertThat(service.loadUserByUsername("bo")).isNotEqualTo(anna);
        assertThat(restored).isEqualTo(anna);
        assertThat(restored.user()).isEqualTo(anna.user());
    }

    private static Object roundTrip(UserDetails details) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(details);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
