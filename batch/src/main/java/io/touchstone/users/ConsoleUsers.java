package io.touchstone.users;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.sql.generated.tables.records.ConsoleUserRecord;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The {@code console_user} table: adds, lists, finds and removes the console's users, and keeps
 * the count of failed logins that locks a user out for a while. A password is hashed on the way
 * in and never kept, logged or echoed; only its hash reaches the table.
 */
@Component
public final class ConsoleUsers {

    /** Failed logins in a row that lock a user out. */
    /** How whoever runs the server creates the first admin; there is no default password. */
    public static final String FIRST_ADMIN_COMMAND =
            "printf '%s\\n' \"$PASSWORD\" | touchstone user add NAME --role admin --password-stdin";

    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a lockout lasts: long enough to make guessing slow, short enough not to need an admin. */
    public static final Duration LOCKOUT = Duration.ofMinutes(1);

    static final int MIN_PASSWORD_CHARS = 12;
    /** BCrypt reads only the first 72 bytes; a longer password would be accepted by its start alone. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MAX_SLICE_CHARS = CONSOLE_USER.REGION.getDataType().length();

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock = Clock.systemUTC();

    ConsoleUsers(DSLContext dsl, PasswordEncoder passwordEncoder) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Adds a user with the hash of the password; the password array is wiped whatever happens.
     * Refused, with a sentence saying what to do, for a name that is not 1 to 64 letters, digits,
     * '.', '_', '-' or '@', a name already taken, a slice on a cx-lead or admin, and a password
     * shorter than 12 characters or longer than 72 bytes.
     *
     * @param slice the region or touchpoint a viewer is limited to, or {@code null}
     */
    public ConsoleUser add(String name, ConsoleRole role, ReportSlice slice, char[] password) {
        Objects.requireNonNull(password, "password");
        try {
            checkName(name);
            Objects.requireNonNull(role, "role");
            checkSlice(name, role, slice);
            checkPassword(password);
            String hash = passwordEncoder.encode(CharBuffer.wrap(password));
            // One statement, so two people adding the same name at once cannot both succeed.
            ConsoleUserRecord added = dsl.insertInto(CONSOLE_USER)
                    .set(CONSOLE_USER.USER_NAME, name)
                    .set(CONSOLE_USER.PASSWORD_HASH, hash)
                    .set(CONSOLE_USER.ROLE, role.code())
                    .set(CONSOLE_USER.REGION, slice != null && slice.isRegion() ? slice.value() : null)
                    .set(CONSOLE_USER.TOUCHPOINT, slice != null && !slice.isRegion() ? slice.value() : null)
                    .set(CONSOLE_USER.CREATED_AT, OffsetDateTime.now(clock))
                    .onConflictDoNothing()
                    .returning()
                    .fetchOne();
            if (added == null) {
                throw new IllegalArgumentException("There is already a user " + name + ": remove it first with"
                        + " touchstone user remove " + name + ", or choose another name.");
            }
            return user(added);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Every user, by name. */
    public List<ConsoleUser> list() {
        return dsl.selectFrom(CONSOLE_USER).orderBy(CONSOLE_USER.USER_NAME).fetch(ConsoleUsers::user);
    }

    /** Removes the user; {@code false} when there was none of that name. */
    public boolean remove(String name) {
        return dsl.deleteFrom(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name)).execute() > 0;
    }

    public Optional<ConsoleUser> find(String name) {
        return dsl.selectFrom(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name)).fetchOptional(ConsoleUsers::user);
    }

    /** Whether anyone may log in at all: without users the console has nobody to let in. */
    public boolean anyExist() {
        return dsl.fetchExists(CONSOLE_USER);
    }

    public int count() {
        return dsl.fetchCount(CONSOLE_USER);
    }

    /**
     * Counts a failed login of the user; the {@value #MAX_FAILED_LOGINS}th in a row locks them out
     * for {@link #LOCKOUT} from {@code now} and starts the count again. An unknown name changes
     * nothing.
     */
    public void recordFailedLogin(String name, Instant now) {
        // One UPDATE, whose SET reads the row as it was: two failures at the same moment queue on
        // the row lock and each counts on the other's result, so neither can miss the lock.
        Condition locks = CONSOLE_USER.FAILED_LOGINS.plus(1).ge(inline(MAX_FAILED_LOGINS));
        dsl.update(CONSOLE_USER)
                .set(CONSOLE_USER.FAILED_LOGINS, when(locks, inline(0)).otherwise(CONSOLE_USER.FAILED_LOGINS.plus(1)))
                .set(CONSOLE_USER.LOCKED_UNTIL, when(locks, now.plus(LOCKOUT).atOffset(ZoneOffset.UTC))
                        .otherwise(CONSOLE_USER.LOCKED_UNTIL))
                .where(CONSOLE_USER.USER_NAME.eq(name))
                .execute();
    }

    /** Starts the count of failed logins again after the user logged in. */
    public void recordSuccessfulLogin(String name) {
        dsl.update(CONSOLE_USER)
                .set(CONSOLE_USER.FAILED_LOGINS, 0)
                .where(CONSOLE_USER.USER_NAME.eq(name))
                // Most logins follow no failure: leave their row alone.
                .and(CONSOLE_USER.FAILED_LOGINS.ne(0))
                .execute();
    }

    /** The user with their password hash, for Spring Security to check a login against. */
    Optional<ConsoleUserDetails> credentials(String name) {
        return dsl.selectFrom(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchOptional(row -> new ConsoleUserDetails(user(row), row.getPasswordHash()));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 64 letters (a-z, A-Z), digits, '.', '_', '-'"
                    + " or '@', and '" + name + "' is not: choose a name such as anna.berg or anna@example.com.");
        }
    }

    private static void checkSlice(String name, ConsoleRole role, ReportSlice slice) {
        if (slice == null) {
            return;
        }
        if (role != ConsoleRole.VIEWER) {
            throw new IllegalArgumentException("A slice limits a viewer to one burst copy; a cx-lead or admin sees"
                    + " every slice's rejected rows, so cannot carry one: add " + name + " without a slice, or as a"
                    + " viewer.");
        }
        if (slice.value().length() > MAX_SLICE_CHARS) {
            throw new IllegalArgumentException("A " + slice.dimension() + " has at most " + MAX_SLICE_CHARS
                    + " characters: give it as the feeds spell it.");
        }
    }

    private static void checkPassword(char[] password) {
        if (password.length < MIN_PASSWORD_CHARS) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_CHARS
                    + " characters: choose a longer one; a few unrelated words make one easy to remember.");
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        int length = bytes.remaining();
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        if (length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("A password may have at most " + MAX_PASSWORD_BYTES + " bytes"
                    + " (UTF-8), as BCrypt ignores the rest: choose a shorter one.");
        }
    }

    private static ConsoleUser user(ConsoleUserRecord row) {
        ReportSlice slice = row.getRegion() != null ? new ReportSlice(ReportSlice.REGION, row.getRegion())
                : row.getTouchpoint() != null ? new ReportSlice(ReportSlice.TOUCHPOINT, row.getTouchpoint()) : null;
        return new ConsoleUser(row.getUserName(), ConsoleRole.fromCode(row.getRole()), slice,
                row.getCreatedAt().toInstant(), row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant());
    }
}
