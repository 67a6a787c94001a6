package io.touchstone.console;

import io.touchstone.users.ConsoleUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the console has no user at all, every request gets the page (or, under {@code /api/},
 * the sentence) that says how to create the first admin. There is no default password to
 * forget to change: the first account is made on the command line, by whoever runs the server.
 */
final class SetupGate extends OncePerRequestFilter {

    private static final String FIRST_ADMIN = "No console user exists yet. Create the first admin on the server: "
            + ConsoleUsers.FIRST_ADMIN_COMMAND;

    private final ConsoleUsers users;

    SetupGate(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/console.css") || path.equals("/setup") || users.anyExist()) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            ApiError.write(response, HttpStatus.SERVICE_UNAVAILABLE, FIRST_ADMIN);
        } else {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            request.getRequestDispatcher("/setup").forward(request, response);
        }
    }
}
