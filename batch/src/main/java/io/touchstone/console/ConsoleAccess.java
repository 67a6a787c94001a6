package io.touchstone.console;

import io.touchstone.users.ConsoleRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what in the console, in one table: the security configuration builds its rules from
 * it, and a refusal names the role it needed from it. Anything not listed is refused to everyone.
 */
final class ConsoleAccess {

    /** A request pattern and the least role that may send it; a higher role may too. */
    record Rule(HttpMethod method, String pattern, ConsoleRole role) {

        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }
    }

    /** Pages and forms, behind form login. */
    static final List<Rule> PAGES = List.of(
            new Rule(HttpMethod.GET, "/", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/runs", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/runs/new", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.POST, "/runs", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.GET, "/runs/{id}", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/runs/{id}/progress", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/runs/{id}/rejects", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.POST, "/runs/{id}/restart", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.POST, "/deliveries/{id}/resend", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.GET, "/files/{runId}/{fileName}", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/schedules", ConsoleRole.VIEWER),
            new Rule(HttpMethod.GET, "/users", ConsoleRole.ADMIN),
            new Rule(HttpMethod.POST, "/users", ConsoleRole.ADMIN),
            new Rule(HttpMethod.POST, "/users/{name}/remove", ConsoleRole.ADMIN));

    /** The scripting interface, behind HTTP Basic. */
    static final List<Rule> API = List.of(
            new Rule(HttpMethod.GET, "/api/runs", ConsoleRole.VIEWER),
            new Rule(HttpMethod.POST, "/api/runs", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.GET, "/api/runs/{id}", ConsoleRole.VIEWER),
            new Rule(HttpMethod.POST, "/api/runs/{id}/restart", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.GET, "/api/runs/{id}/rejects", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.GET, "/api/deliveries", ConsoleRole.CX_LEAD),
            new Rule(HttpMethod.POST, "/api/deliveries/{id}/resend", ConsoleRole.CX_LEAD));

    /** Open to everyone: the login and first-user pages and what they are drawn with. */
    static final String[] OPEN = {"/login", "/setup", DeniedPage.PATH, DeniedPage.EXPIRED, "/console.css", "/console.js", "/favicon.ico", "/error"};

    private ConsoleAccess() {
    }

    /** The role a request needs, when a rule lists it. */
    static Optional<ConsoleRole> requiredFor(HttpServletRequest request) {
        return List.of(PAGES, API).stream()
                .flatMap(List::stream)
                .filter(rule -> rule.matcher().matches(request))
                .map(Rule::role)
                .findFirst();
    }
}
