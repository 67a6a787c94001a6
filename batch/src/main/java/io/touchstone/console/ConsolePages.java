package io.touchstone.console;

import io.touchstone.system.TouchstoneProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page knows: who is looking (for the menu), and how to print numbers and times. */
@ConditionalOnWebApplication
@ControllerAdvice(assignableTypes = {RunsPageController.class, SchedulesPageController.class,
        UsersPageController.class, LoginPageController.class, DeniedPage.class})
final class ConsolePages {

    private final ConsoleFormat format;

    ConsolePages(TouchstoneProperties properties) {
        this.format = new ConsoleFormat(properties.reporting().locale(), properties.reporting().timeZone());
    }

    @ModelAttribute
    void common(Authentication authentication, Model model) {
        model.addAttribute("fmt", format);
        if (authentication != null && authentication.getPrincipal() instanceof UserDetails) {
            model.addAttribute("viewer", ConsoleViewer.of(authentication));
        }
    }
}
