package io.touchstone.console;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.users.ConsoleRole;
import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUsers;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users page (admins): who may use the console, with which role and slice; adding and
 * removing users as {@code touchstone user add|remove} does. An admin cannot remove themselves,
 * so the console always keeps someone who can manage it.
 */
@ConditionalOnWebApplication
@Controller
final class UsersPageController {

    private final ConsoleUsers users;

    UsersPageController(ConsoleUsers users) {
        this.users = users;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Arrays.stream(ConsoleRole.values()).map(ConsoleRole::code).toList());
        return "users";
    }

    @PostMapping("/users")
    String add(@RequestParam String name, @RequestParam String role, @RequestParam(defaultValue = "") String sliceBy,
            @RequestParam(defaultValue = "") String slice, @RequestParam String password, RedirectAttributes redirect) {
        char[] secret = password.toCharArray();
        try {
            ReportSlice cut = sliceBy.isBlank() || slice.isBlank() ? null : new ReportSlice(sliceBy, slice.trim());
            ConsoleUser added = users.add(name.trim(), ConsoleRole.fromCode(role), cut, secret);
            redirect.addFlashAttribute("notice", "Added " + added.role().code() + " " + added.name()
                    + (added.slice() == null ? "" : " (" + added.slice().dimension() + " " + added.slice().value() + ")")
                    + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("name", name);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{name}/remove")
    String remove(@PathVariable String name, Authentication authentication, RedirectAttributes redirect) {
        if (ConsoleViewer.of(authentication).name().equals(name)) {
            redirect.addFlashAttribute("problem", "You cannot remove yourself; another admin can.");
        } else if (users.remove(name)) {
            redirect.addFlashAttribute("notice", "Removed " + name + ".");
        } else {
            redirect.addFlashAttribute("problem", "There is no user " + name + ".");
        }
        return "redirect:/users";
    }
}
