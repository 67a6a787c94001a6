package io.touchstone.console;

import io.touchstone.publish.PublishedFile;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.users.ConsoleRole;
import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUserDetails;
import org.springframework.security.core.Authentication;

/**
 * The person behind a request, as the console's rules need them: their role, and the slice a
 * viewer may be limited to. A viewer with a slice opens only that slice's burst copy — never the
 * company dashboard, workbook or comments file, which hold every slice.
 */
record ConsoleViewer(String name, ConsoleRole role, ReportSlice slice) {

    static ConsoleViewer of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof ConsoleUserDetails details)) {
            throw new IllegalStateException("The console serves logged-in console users only");
        }
        ConsoleUser user = details.user();
        return new ConsoleViewer(user.name(), user.role(), user.slice());
    }

    boolean may(ConsoleRole needed) {
        return role.includes(needed);
    }

    public boolean isCxLead() {
        return may(ConsoleRole.CX_LEAD);
    }

    public boolean isAdmin() {
        return may(ConsoleRole.ADMIN);
    }

    boolean mayOpen(PublishedFile file) {
        return slice == null || slice.equals(file.slice());
    }

    /** "region North West", for the page header. */
    public String sliceLabel() {
        return slice == null ? null : slice.dimension() + " " + slice.value();
    }
}
