package io.touchstone.console;

import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUserDetails;
import io.touchstone.users.ConsoleUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request when its user has been removed, or given another
 * role or slice, since logging in: the session must not keep rights the user no longer has. One
 * primary-key read per page request.
 */
final class LiveSessionCheck extends OncePerRequestFilter {

    private final ConsoleUsers users;

    LiveSessionCheck(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUserDetails details
                && !stillTheSame(details.user(), users.find(details.user().name()))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean stillTheSame(ConsoleUser then, Optional<ConsoleUser> now) {
        return now.isPresent() && now.get().role() == then.role() && Objects.equals(now.get().slice(), then.slice())
                && now.get().createdAt().equals(then.createdAt());
    }
}
