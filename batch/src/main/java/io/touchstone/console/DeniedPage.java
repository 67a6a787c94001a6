package io.touchstone.console;

import io.touchstone.users.ConsoleRole;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a logged-in user sees for something their role does not allow (which role it needs),
 * or for a form that came without its CSRF token.
 */
@ConditionalOnWebApplication
@Controller
final class DeniedPage {

    static final String PATH = "/denied";
    static final String EXPIRED = "/form-expired";
    static final String NEEDED = DeniedPage.class.getName() + ".needed";

    @RequestMapping(PATH)
    String denied(HttpServletRequest request, Model model) {
        ConsoleRole needed = (ConsoleRole) request.getAttribute(NEEDED);
        model.addAttribute("needed", needed == null ? null : needed.code());
        return "denied";
    }

    /** A form sent without its CSRF token: from another site, or from a page older than the session. */
    @RequestMapping(EXPIRED)
    String expired(Model model) {
        model.addAttribute("expired", true);
        return "denied";
    }
}
