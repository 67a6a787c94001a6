package io.touchstone;

import io.touchstone.system.TouchstoneProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot application behind the {@code touchstone} command. It only switches on
 * component scanning and the settings; each feature package brings its own configuration.
 */
@SpringBootApplication
@EnableConfigurationProperties(TouchstoneProperties.class)
public class TouchstoneApplication {
}
