package io.touchstone.console;

import io.touchstone.users.ConsoleUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the page that says how to create the first admin while there is none. */
@ConditionalOnWebApplication
@Controller
final class LoginPageController {

    private final ConsoleUsers users;

    LoginPageController(ConsoleUsers users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (users.anyExist()) {
            return "redirect:/login";
        }
        model.addAttribute("command", ConsoleUsers.FIRST_ADMIN_COMMAND);
        return "setup";
    }
}
