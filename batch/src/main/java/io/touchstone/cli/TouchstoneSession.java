package io.touchstone.cli;

import io.touchstone.TouchstoneApplication;
import io.touchstone.system.EmbeddedWarehouse;
import io.touchstone.system.TouchstoneHome;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One command's working session: the database (the home's embedded PostgreSQL unless a
 * {@code --db-url} is given) and the Spring application on it, closed together. Settings come
 * from the built-in {@code application.yml}, then {@code <home>/application.yml} if present.
 */
public final class TouchstoneSession implements AutoCloseable {

    private final EmbeddedWarehouse embedded;
    private final ConfigurableApplicationContext context;

    private TouchstoneSession(EmbeddedWarehouse embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    public static TouchstoneSession open(TouchstoneHome home, String dbUrl) {
        return open(home, dbUrl, Map.of());
    }

    /** A session with some settings overridden for this command only (e.g. the taxonomy). */
    public static TouchstoneSession open(TouchstoneHome home, String dbUrl, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(overrides);
        settings.put("touchstone.home", home.root().toString());
        settings.put("spring.config.additional-location", "optional:file:" + home.root().resolve("application.yml"));
        settings.put("logging.file.name", home.logs().resolve("touchstone.log").toString());
        EmbeddedWarehouse embedded = null;
        if (dbUrl == null) {
            // The database starts before Spring configures logging: keep its chatter off the console.
            LoggingSystem.get(TouchstoneSession.class.getClassLoader()).beforeInitialize();
            embedded = EmbeddedWarehouse.start(home.database());
            settings.put("spring.datasource.url", embedded.jdbcUrl());
            settings.put("spring.datasource.username", embedded.user());
        } else {
            settings.put("spring.datasource.url", dbUrl);
        }
        try {
            // As command-line arguments, the settings of this command outrank every application.yml.
            String[] arguments = settings.entrySet().stream()
                    .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                    .toArray(String[]::new);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(TouchstoneApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(arguments);
            return new TouchstoneSession(embedded, context);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
