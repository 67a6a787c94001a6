package io.touchstone.console;

import io.touchstone.users.ConsoleUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the console has no user at all, every request gets the page (or, under {@code /api/},
 * the sentence) that says how to create the first admin. There is no default password to
 * forget to change: the first account is made on the command line, by whoever runs the server.
 */
final class SetupGate extends OncePerRequestFilter {

    static final String FIRST_ADMIN = "No console user exists yet. Create the first admin on the server:"
            + " printf '%s\\n' \"$PASSWORD\" | touchstone user add NAME --role admin --password-stdin";

    private final ConsoleUsers users;
    private final JsonMapper json = JsonMapper.builder().build();

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
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, FIRST_ADMIN));
        } else {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            request.getRequestDispatcher("/setup").forward(request, response);
        }
    }
}
