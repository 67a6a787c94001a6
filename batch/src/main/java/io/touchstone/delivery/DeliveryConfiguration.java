package io.touchstone.delivery;

import io.touchstone.system.TouchstoneProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mail side of delivery: Spring Boot configures a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set, so its absence is what switches delivery off.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    @Bean
    MailDispatcher mailDispatcher(ObjectProvider<JavaMailSender> sender, TouchstoneProperties properties) {
        return new MailDispatcher(sender.getIfAvailable(), properties.delivery());
    }
}
