package io.touchstone.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three roles: their codes, their Spring Security authorities, and which includes which. */
class ConsoleUserRoleTest {

    @Test
    void eachRoleIsKnownByItsCode() {
        assertThat(ConsoleRole.fromCode("viewer")).isEqualTo(ConsoleRole.VIEWER);
        assertThat(ConsoleRole.fromCode("cx-lead")).isEqualTo(ConsoleRole.CX_LEAD);
        assertThat(ConsoleRole.fromCode("admin")).isEqualTo(ConsoleRole.ADMIN);
        for (ConsoleRole role : ConsoleRole.values()) {
            assertThat(ConsoleRole.fromCode(role.code())).isEqualTo(role);
        }
    }

    @Test
    void anUnknownRoleIsRefusedWithTheRolesThereAre() {
        assertThatThrownBy(() -> ConsoleRole.fromCode("superuser"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no role 'superuser': a role is viewer, cx-lead, admin.");
        assertThatThrownBy(() -> ConsoleRole.fromCode("CX_LEAD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRoleHasItsSpringSecurityAuthority() {
        assertThat(ConsoleRole.VIEWER.authority()).isEqualTo("ROLE_VIEWER");
        assertThat(ConsoleRole.CX_LEAD.authority()).isEqualTo("ROLE_CX_LEAD");
        assertThat(ConsoleRole.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
    }

    @Test
    void anAdminIncludesACxLeadWhoIncludesAViewer() {
        assertThat(ConsoleRole.ADMIN.includes(ConsoleRole.CX_LEAD)).isTrue();
        assertThat(ConsoleRole.ADMIN.includes(ConsoleRole.VIEWER)).isTrue();
        assertThat(ConsoleRole.CX_LEAD.includes(ConsoleRole.VIEWER)).isTrue();
        for (ConsoleRole role : ConsoleRole.values()) {
            assertThat(role.includes(role)).isTrue();
        }

        assertThat(ConsoleRole.VIEWER.includes(ConsoleRole.CX_LEAD)).isFalse();
        assertThat(ConsoleRole.VIEWER.includes(ConsoleRole.ADMIN)).isFalse();
        assertThat(ConsoleRole.CX_LEAD.includes(ConsoleRole.ADMIN)).isFalse();
    }
}
