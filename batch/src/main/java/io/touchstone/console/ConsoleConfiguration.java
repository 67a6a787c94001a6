package io.touchstone.console;

import io.touchstone.system.TouchstoneProperties;
import io.touchstone.users.ConsoleUsers;
import java.util.TimeZone;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The console's web setup: the locale it speaks, the first-user gate, and how Tomcat reads paths. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleConfiguration {

    /** Before Spring Security's filters (order -100): with no user yet there is nobody to log in as. */
    private static final int BEFORE_SECURITY = -200;

    /** Everyone sees the dates and numbers of the reports' locale, whatever their browser says. */
    @Bean
    LocaleResolver localeResolver(TouchstoneProperties properties) {
        return new FixedLocaleResolver(properties.reporting().locale(), TimeZone.getTimeZone(
                properties.reporting().timeZone()));
    }

    @Bean
    FilterRegistrationBean<SetupGate> setupGate(ConsoleUsers users) {
        FilterRegistrationBean<SetupGate> registration = new FilterRegistrationBean<>(new SetupGate(users));
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    /**
     * Tomcat answers a path with an encoded slash (%2F) with its own 400 page; passed through,
     * Spring Security's firewall refuses it like every other disguised path, as a 404.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
