package io.touchstone.users;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.support.WarehouseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The console's users: who may be added, how their password is kept, and the lockout after failed logins. */
class ConsoleUsersTest extends WarehouseTest {

    private static final String PASSWORD = "correct horse battery";
    private static final ReportSlice NORTH = new ReportSlice(ReportSlice.REGION, "North");
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    ConsoleUsers users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aPasswordIsKeptOnlyAsItsBCryptHashAndWipedFromMemory() {
        // given
        char[] password = PASSWORD.toCharArray();

        // when
        users.add("anna", ConsoleRole.VIEWER, null, password);

        // then
        String hash = hashOf("anna");
        assertThat(hash).startsWith("$2a$10$").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches("correct horse battery!", hash)).isFalse();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void usersAreListedByNameWithTheirRoleSliceAndWhenTheyWereAdded() {
        // given
        Instant before = Instant.now();
        users.add("zoe", ConsoleRole.ADMIN, null, PASSWORD.toCharArray());
        users.add("anna", ConsoleRole.VIEWER, NORTH, PASSWORD.toCharArray());
        users.add("bo", ConsoleRole.VIEWER, new ReportSlice(ReportSlice.TOUCHPOINT, "Call centre"), PASSWORD.toCharArray());
        users.add("carl", ConsoleRole.CX_LEAD, null, PASSWORD.toCharArray());

        // when
        List<ConsoleUser> listed = users.list();

        // then
        assertThat(listed).extracting(ConsoleUser::name).containsExactly("anna", "bo", "carl", "zoe");
        assertThat(listed).extracting(ConsoleUser::role)
                .containsExactly(ConsoleRole.VIEWER, ConsoleRole.VIEWER, ConsoleRole.CX_LEAD, ConsoleRole.ADMIN);
        assertThat(listed).extracting(ConsoleUser::slice)
                .containsExactly(NORTH, new ReportSlice(ReportSlice.TOUCHPOINT, "Call centre"), null, null);
        assertThat(listed).allSatisfy(user -> {
            assertThat(user.createdAt()).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(user.lockedUntil()).isNull();
        });
        assertThat(listed.get(0).hasSlice()).isTrue();
        assertThat(listed.get(2).hasSlice()).isFalse();
        assertThat(users.find("anna")).contains(listed.get(0));
        assertThat(users.count()).isEqualTo(4);
        assertThat(users.anyExist()).isTrue();
    }

    @Test
    void withoutUsersNobodyExists() {
        assertThat(users.anyExist()).isFalse();
        assertThat(users.count()).isZero();
        assertThat(users.list()).isEmpty();
        assertThat(users.find("anna")).isEmpty();
    }

    @Test
    void aNameIsOneToSixtyFourLettersDigitsDotsUnderscoresHyphensOrAts() {
        // given names at the edges of the rule
        String longest = "a".repeat(64);

        // when they are added, then they are accepted
        for (String name : List.of("a", longest, "anna.berg@example.com", "ANNA_b-2")) {
            users.add(name, ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        }
        assertThat(users.count()).isEqualTo(4);

        // and every other name is refused with what a name may be
        for (String name : List.of("", "a".repeat(65), "anna berg", "anna;drop", "änna", "anna/x")) {
            assertThatThrownBy(() -> users.add(name, ConsoleRole.VIEWER, null, PASSWORD.toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A user name is 1 to 64 letters (a-z, A-Z), digits, '.', '_', '-' or '@', and '"
                            + name + "' is not: choose a name such as anna.berg or anna@example.com.");
        }
        assertThat(users.count()).isEqualTo(4);
    }

    @Test
    void aTakenNameIsRefusedWithHowToFreeIt() {
        // given
        users.add("anna", ConsoleRole.VIEWER, NORTH, PASSWORD.toCharArray());
        String hash = hashOf("anna");

        // when, then
        assertThatThrownBy(() -> users.add("anna", ConsoleRole.ADMIN, null, "another long password".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a user anna: remove it first with touchstone user remove anna,"
                        + " or choose another name.");
        assertThat(users.find("anna")).get().extracting(ConsoleUser::role).isEqualTo(ConsoleRole.VIEWER);
        assertThat(hashOf("anna")).isEqualTo(hash);
    }

    @Test
    void onlyAViewerCarriesASlice() {
        for (ConsoleRole role : List.of(ConsoleRole.CX_LEAD, ConsoleRole.ADMIN)) {
            assertThatThrownBy(() -> users.add("carl", role, NORTH, PASSWORD.toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A slice limits a viewer to one burst copy; a cx-lead or admin sees every slice's"
                            + " rejected rows, so cannot carry one: add carl without a slice, or as a viewer.");
        }
        assertThat(users.anyExist()).isFalse();
    }

    @Test
    void aPasswordHasAtLeastTwelveCharactersAndIsWipedEvenWhenRefused() {
        // given
        char[] eleven = "elevenchars".toCharArray();

        // when, then
        assertThatThrownBy(() -> users.add("anna", ConsoleRole.VIEWER, null, eleven))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A password needs at least 12 characters: choose a longer one; a few unrelated words"
                        + " make one easy to remember.")
                .message().doesNotContain("elevenchars");
        assertThat(eleven).containsOnly('\0');
        assertThat(users.anyExist()).isFalse();

        users.add("anna", ConsoleRole.VIEWER, null, "twelve chars".toCharArray());
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void aPasswordLongerThanBCryptReadsIsRefused() {
        // 36 two-byte characters are 72 bytes, all of which BCrypt reads; one more is too many.
        users.add("anna", ConsoleRole.VIEWER, null, "\u00e9".repeat(36).toCharArray());

        assertThatThrownBy(() -> users.add("bo", ConsoleRole.VIEWER, null, "\u00e9".repeat(37).toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A password may have at most 72 bytes (UTF-8), as BCrypt ignores the rest:"
                        + " choose a shorter one.");
        assertThat(users.list()).extracting(ConsoleUser::name).containsExactly("anna");
    }

    @Test
    void removingAUserSaysWhetherThereWasOne() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        users.add("bo", ConsoleRole.ADMIN, null, PASSWORD.toCharArray());

        // when
        boolean removed = users.remove("anna");
        boolean removedAgain = users.remove("anna");

        // then
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(users.list()).extracting(ConsoleUser::name).containsExactly("bo");
    }

    @Test
    void fourFailedLoginsInARowDoNotLockTheFifthLocksForAMinute() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());

        // when four logins fail
        for (int failure = 0; failure < 4; failure++) {
            users.recordFailedLogin("anna", NINE.plusSeconds(failure));
        }

        // then anna may still try
        assertThat(users.find("anna")).get().extracting(ConsoleUser::lockedUntil).isNull();
        assertThat(failedLogins("anna")).isEqualTo(4);

        // when the fifth fails
        Instant fifth = NINE.plusSeconds(10);
        users.recordFailedLogin("anna", fifth);

        // then she is locked out for a minute from it, and the count starts again
        ConsoleUser locked = users.find("anna").orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(fifth.plus(ConsoleUsers.LOCKOUT));
        assertThat(ConsoleUsers.LOCKOUT).isEqualTo(Duration.ofMinutes(1));
        assertThat(locked.isLockedAt(fifth.plusSeconds(59))).isTrue();
        assertThat(locked.isLockedAt(fifth.plusSeconds(60))).isFalse();
        assertThat(failedLogins("anna")).isZero();
    }

    @Test
    void aSuccessfulLoginInBetweenStartsTheCountAgain() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        for (int failure = 0; failure < 4; failure++) {
            users.recordFailedLogin("anna", NINE);
        }

        // when
        users.recordSuccessfulLogin("anna");
        for (int failure = 0; failure < 4; failure++) {
            users.recordFailedLogin("anna", NINE.plusSeconds(5));
        }

        // then
        assertThat(users.find("anna")).get().extracting(ConsoleUser::lockedUntil).isNull();
        users.recordFailedLogin("anna", NINE.plusSeconds(6));
        assertThat(users.find("anna")).get().extracting(ConsoleUser::lockedUntil).isEqualTo(NINE.plusSeconds(66));
    }

    @Test
    void fiveFailuresAtTheSameMomentStillLock() throws Exception {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService logins = Executors.newFixedThreadPool(ConsoleUsers.MAX_FAILED_LOGINS);

        // when five failed logins are counted at once
        try {
            List<Future<?>> failures = new ArrayList<>();
            for (int i = 0; i < ConsoleUsers.MAX_FAILED_LOGINS; i++) {
                failures.add(logins.submit(() -> {
                    start.await();
                    users.recordFailedLogin("anna", NINE);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> failure : failures) {
                failure.get();
            }
        } finally {
            logins.shutdownNow();
        }

        // then none was lost
        assertThat(users.find("anna")).get().extracting(ConsoleUser::lockedUntil).isEqualTo(NINE.plusSeconds(60));
        assertThat(failedLogins("anna")).isZero();
    }

    @Test
    void loginsOfANameNobodyHasAreNotRecorded() {
        // given
        users.add("anna", ConsoleRole.VIEWER, null, PASSWORD.toCharArray());

        // when
        for (int failure = 0; failure < 5; failure++) {
            users.recordFailedLogin("mallory", NINE);
        }
        users.recordSuccessfulLogin("mallory");

        // then
        assertThat(users.list()).extracting(ConsoleUser::name).containsExactly("anna");
        assertThat(failedLogins("anna")).isZero();
    }

    private String hashOf(String name) {
        return dsl.select(CONSOLE_USER.PASSWORD_HASH).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchSingle(CONSOLE_USER.PASSWORD_HASH);
    }

    private int failedLogins(String name) {
        return dsl.select(CONSOLE_USER.FAILED_LOGINS).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchSingle(CONSOLE_USER.FAILED_LOGINS);
    }
}
