package io.touchstone.cli;

import io.touchstone.TouchstoneApplication;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.system.EmbeddedWarehouse;
import io.touchstone.system.TouchstoneHome;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One command's working session: the database (the home's embedded PostgreSQL unless a
 * {@code --db-url} is given) and the Spring application on it, closed together. Settings come
 * from the built-in {@code application.yml}, then {@code <home>/application.yml} if present.
 *
 * <p>On Ctrl-C or SIGTERM one shutdown hook closes the session in order: a run going is asked to
 * stop at its next chunk boundary, the command reports it and closes the session itself, and only
 * then does the application, and the embedded server, go. Separate hooks for the application and
 * the server would run at the same time and pull the database from under the stopping run.
 */
public final class TouchstoneSession implements AutoCloseable {

    /** Long enough for the step going to reach its next chunk boundary, short of hanging for ever. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final EmbeddedWarehouse embedded;
    private final ConfigurableApplicationContext context;
    private final Thread shutdownHook = new Thread(this::closeAtShutdown, "touchstone-session-close");
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean service;

    private TouchstoneSession(EmbeddedWarehouse embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    public static TouchstoneSession open(TouchstoneHome home, String dbUrl) {
        return open(home, dbUrl, Map.of());
    }

    /** A session with some settings overridden for this command only (e.g. the taxonomy). */
    public static TouchstoneSession open(TouchstoneHome home, String dbUrl, Map<String, Object> overrides) {
        return open(home, dbUrl, overrides, WebApplicationType.NONE);
    }

    /** The session of {@code touchstone serve}: the application with its web console. */
    public static TouchstoneSession openService(TouchstoneHome home, String dbUrl, Map<String, Object> overrides) {
        return open(home, dbUrl, overrides, WebApplicationType.SERVLET);
    }

    private static TouchstoneSession open(TouchstoneHome home, String dbUrl, Map<String, Object> overrides,
            WebApplicationType web) {
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
                    .web(web)
                    .logStartupInfo(false)
                    // This session's own hook closes the application, in order with the run and the server.
                    .registerShutdownHook(false)
                    .run(arguments);
            TouchstoneSession session = new TouchstoneSession(embedded, context);
            Runtime.getRuntime().addShutdownHook(session.shutdownHook);
            return session;
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
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            context.close();
        } finally {
            try {
                if (embedded != null) {
                    embedded.close();
                }
            } finally {
                closed.countDown();
                forgetShutdownHook();
            }
        }
    }

    /**
     * Marks this session as a long-running service's: at shutdown nobody else will close it, so the
     * hook closes it at once after asking the run to stop; the application's own scheduler waits
     * for the firing (and so the run) to end before the database goes.
     */
    public void serveUntilStopped() throws InterruptedException {
        service = true;
        closed.await();
    }

    private void closeAtShutdown() {
        try {
            if (context.isActive() && context.getBean(NightlyJobRunner.class).stopRunning() && !service) {
                closed.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    private void forgetShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running, and finds the session closed.
        }
    }
}
