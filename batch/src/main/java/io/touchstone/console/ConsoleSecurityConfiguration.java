package io.touchstone.console;

import io.touchstone.users.ConsoleRole;
import io.touchstone.users.ConsoleUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may use the console and how they prove it. People log in with a form (a session cookie,
 * CSRF tokens on every form); scripts send HTTP Basic credentials to {@code /api/**} on every
 * request, with no session, so a forged cross-site request has no cookie to ride on there. The
 * rules come from {@link ConsoleAccess}; admin includes cx-lead includes viewer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    /** Scripts and pages alike load nothing from elsewhere and cannot be framed. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain consoleApiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    permit(requests, ConsoleAccess.API);
                    requests.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.realmName("Touchstone")
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Touchstone\"");
                            ApiError.write(response, HttpStatus.UNAUTHORIZED, failure instanceof LockedException
                                    ? "Too many failed logins in a row: wait a minute, then try again."
                                    : "Send the user name and password of a console user (HTTP Basic).");
                        }))
                // Credentials on every request and nothing kept: a session cookie does not open the API.
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    if (ConsoleAccess.requiredFor(request).isEmpty()) {
                        ApiError.write(response, HttpStatus.NOT_FOUND, "There is no such endpoint; see the README, \"Web console\".");
                    } else {
                        ApiError.write(response, HttpStatus.FORBIDDEN, needs(request));
                    }
                }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consolePageSecurity(HttpSecurity http, ConsoleUsers users) throws Exception {
        http.addFilterBefore(new LiveSessionCheck(users), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ConsoleAccess.OPEN).permitAll();
                    permit(requests, ConsoleAccess.PAGES);
                    requests.anyRequest().denyAll();
                })
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/runs", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof LockedException ? "/login?locked"
                                        : "/login?error"))))
                // Scripts fetch files (the links of e-mails) with Basic credentials; people get the form.
                .httpBasic(basic -> basic.realmName("Touchstone"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        // A form without its token: forged elsewhere, or open so long its session ended.
                        response.setStatus(HttpStatus.FORBIDDEN.value());
                        request.getRequestDispatcher(DeniedPage.EXPIRED).forward(request, response);
                        return;
                    }
                    if (ConsoleAccess.requiredFor(request).isEmpty()) {
                        // Refused to everyone because no rule lists it: to a user, simply not there.
                        response.sendError(HttpStatus.NOT_FOUND.value());
                        return;
                    }
                    request.setAttribute(DeniedPage.NEEDED, ConsoleAccess.requiredFor(request).orElse(null));
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    request.getRequestDispatcher(DeniedPage.PATH).forward(request, response);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    RoleHierarchy consoleRoleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(ConsoleRole.ADMIN.authority() + " > " + ConsoleRole.CX_LEAD.authority()
                + "\n" + ConsoleRole.CX_LEAD.authority() + " > " + ConsoleRole.VIEWER.authority());
    }

    /**
     * A request the firewall refuses (an encoded slash or dot, {@code //}, a backslash) names no
     * published file: it is answered as any other unknown path is, 404, not with a hint.
     */
    @Bean
    RequestRejectedHandler consoleRequestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
    }

    private static void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
            requests, List<ConsoleAccess.Rule> rules) {
        for (ConsoleAccess.Rule rule : rules) {
            // hasAuthority with the role's own name: the hierarchy above lets the higher roles in.
            requests.requestMatchers(rule.matcher()).hasAuthority(rule.role().authority());
        }
    }

    private static String needs(HttpServletRequest request) {
        return ConsoleAccess.requiredFor(request)
                .map(role -> "This needs the " + role.code() + " role; ask an admin of the console.")
                .orElseThrow();
    }

}
