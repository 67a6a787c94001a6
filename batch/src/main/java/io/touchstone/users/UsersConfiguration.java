package io.touchstone.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How the console's passwords are hashed. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    /**
     * BCrypt at its default strength (10, about 0.1 s a hash): salted, and slow on purpose, so a
     * copy of {@code console_user} cannot be guessed through quickly; what the column's
     * {@code varchar(100)} and Spring Security's own default expect.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
