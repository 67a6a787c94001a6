package io.touchstone.support;

import io.touchstone.TouchstoneApplication;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.users.ConsoleRole;
import io.touchstone.users.ConsoleUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the web console's tests: the whole application with its console on a random port of a
 * real Tomcat, on the real warehouse, emptied before each test (no users, no runs).
 */
@SpringBootTest(classes = TouchstoneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
public abstract class ConsoleTest extends WarehouseTest {

    protected static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ConsoleUsers users;

    protected void user(String name, ConsoleRole role) {
        users.add(name, role, null, PASSWORD.toCharArray());
    }

    protected void viewer(String name, String dimension, String value) {
        users.add(name, ConsoleRole.VIEWER, new ReportSlice(dimension, value), PASSWORD.toCharArray());
    }

    protected ConsoleClient script() {
        return ConsoleClient.anonymous(port);
    }

    protected ConsoleClient browser() {
        return ConsoleClient.browser(port);
    }
}
