package io.touchstone.users;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a console user may do, as the {@code console_user} table's {@code role} column holds it.
 * Each role includes the ones before it: an admin may do what a cx-lead may, a cx-lead what a
 * viewer may.
 */
public enum ConsoleRole {
    /** Reads the dashboards; with a slice, only that slice's burst copy. */
    VIEWER("viewer"),
    /** Also sees every slice and the rejected rows. */
    CX_LEAD("cx-lead"),
    /** Also the console's administration. */
    ADMIN("admin");

    private final String code;

    ConsoleRole(String code) {
        this.code = code;
    }

    /** The role as written on the command line and in the table: {@code viewer}, {@code cx-lead}, {@code admin}. */
    public String code() {
        return code;
    }

    /** The role with this code; an unknown one is refused with the list of roles. */
    public static ConsoleRole fromCode(String code) {
        for (ConsoleRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("There is no role '" + code + "': a role is "
                + Arrays.stream(values()).map(ConsoleRole::code).collect(Collectors.joining(", ")) + ".");
    }

    /** The Spring Security authority of the role: {@code ROLE_VIEWER}, {@code ROLE_CX_LEAD}, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a user of this role may do what one of the other role may; every role includes itself. */
    public boolean includes(ConsoleRole other) {
        // The constants are declared from least to most: a role includes every one declared before it.
        return compareTo(other) >= 0;
    }
}
