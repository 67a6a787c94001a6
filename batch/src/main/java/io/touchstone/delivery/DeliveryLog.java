package io.touchstone.delivery;

import static io.touchstone.sql.generated.Tables.DELIVERY;
import static io.touchstone.sql.generated.Tables.DELIVERY_FILE;
import static org.jooq.impl.DSL.lower;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery} and {@code delivery_file} tables: every message with its files by
 * content, its status, attempts and last error. What an address has received is looked up
 * here by SHA-256, so nobody gets a second copy of a file they already have.
 */
@Component
final class DeliveryLog {

    private final DSLContext dsl;
    private final Clock clock = Clock.systemUTC();

    DeliveryLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a message before its first try, with the files it carries; returns its id. */
    long open(long runId, String recipient, String email, boolean corrected, List<ParcelFile> files) {
        return dsl.transactionResult(transaction -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = transaction.dsl().insertInto(DELIVERY)
                    .set(DELIVERY.RUN_ID, runId)
                    .set(DELIVERY.RECIPIENT, recipient)
                    .set(DELIVERY.EMAIL, email)
                    .set(DELIVERY.STATUS, DeliveryStatus.PENDING.code())
                    .set(DELIVERY.CORRECTED, corrected)
                    .set(DELIVERY.CREATED_AT, now)
                    .set(DELIVERY.UPDATED_AT, now)
                    .returning(DELIVERY.DELIVERY_ID)
                    .fetchOne(DELIVERY.DELIVERY_ID);
            for (ParcelFile file : files) {
                transaction.dsl().insertInto(DELIVERY_FILE)
                        .set(DELIVERY_FILE.DELIVERY_ID, id)
                        .set(DELIVERY_FILE.FILE_NAME, file.name())
                        .set(DELIVERY_FILE.SHA256, file.sha256())
                        .set(DELIVERY_FILE.SIZE_BYTES, file.bytes())
                        .set(DELIVERY_FILE.ATTACHED, file.attached())
                        .execute();
            }
            return id;
        });
    }

    void close(long deliveryId, DeliveryStatus status, int attempts, String reason) {
        dsl.update(DELIVERY)
                .set(DELIVERY.STATUS, status.code())
                .set(DELIVERY.ATTEMPTS, attempts)
                .set(DELIVERY.LAST_ERROR, reason)
                .set(DELIVERY.UPDATED_AT, OffsetDateTime.now(clock))
                .where(DELIVERY.DELIVERY_ID.eq(deliveryId))
                .execute();
    }

    /** Of these contents, the ones the address has already been sent, in any run. */
    Set<String> alreadySent(String email, Collection<String> sha256) {
        return Set.copyOf(dsl.selectDistinct(DELIVERY_FILE.SHA256)
                .from(DELIVERY_FILE).join(DELIVERY).on(DELIVERY.DELIVERY_ID.eq(DELIVERY_FILE.DELIVERY_ID))
                .where(lower(DELIVERY.EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .and(DELIVERY.STATUS.eq(DeliveryStatus.SENT.code()))
                .and(DELIVERY_FILE.SHA256.in(sha256))
                .fetch(DELIVERY_FILE.SHA256));
    }

    /** The addresses (lower case) a message of the run failed to reach. */
    Set<String> failedAddresses(long runId) {
        return Set.copyOf(dsl.selectDistinct(lower(DELIVERY.EMAIL)).from(DELIVERY)
                .where(DELIVERY.RUN_ID.eq(runId)).and(DELIVERY.STATUS.eq(DeliveryStatus.FAILED.code()))
                .fetch(0, String.class));
    }

    /** Whether the run was delivered as a correction: a resend keeps saying so. */
    boolean corrected(long runId) {
        return dsl.fetchExists(DELIVERY, DELIVERY.RUN_ID.eq(runId).and(DELIVERY.CORRECTED));
    }

    /** The messages of one run, or the latest of all runs, in the order they were sent. */
    List<DeliveryEntry> entries(Long runId, int limit) {
        return entries(runId == null ? DSL.trueCondition() : DELIVERY.RUN_ID.eq(runId), limit);
    }

    Map<Long, Integer> messagesPerRun(Collection<Long> runIds) {
        return dsl.select(DELIVERY.RUN_ID, DSL.count())
                .from(DELIVERY)
                .where(DELIVERY.RUN_ID.in(runIds))
                .groupBy(DELIVERY.RUN_ID)
                .fetchMap(DELIVERY.RUN_ID, DSL.count());
    }

    Optional<DeliveryEntry> entry(long deliveryId) {
        return entries(DELIVERY.DELIVERY_ID.eq(deliveryId), 1).stream().findFirst();
    }

    private List<DeliveryEntry> entries(Condition which, int limit) {
        var rows = dsl.selectFrom(DELIVERY).where(which).orderBy(DELIVERY.DELIVERY_ID.desc()).limit(limit).fetch();
        Map<Long, List<String>> files = dsl.select(DELIVERY_FILE.DELIVERY_ID, DELIVERY_FILE.FILE_NAME)
                .from(DELIVERY_FILE)
                .where(DELIVERY_FILE.DELIVERY_ID.in(rows.getValues(DELIVERY.DELIVERY_ID)))
                .orderBy(DELIVERY_FILE.FILE_NAME)
                .fetchGroups(DELIVERY_FILE.DELIVERY_ID, DELIVERY_FILE.FILE_NAME);
        List<DeliveryEntry> entries = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            var row = rows.get(i);
            entries.add(new DeliveryEntry(row.getDeliveryId(), row.getRunId(), row.getRecipient(), row.getEmail(),
                    DeliveryStatus.fromCode(row.getStatus()), row.getAttempts(), row.getLastError(), row.getCorrected(),
                    row.getUpdatedAt(), files.getOrDefault(row.getDeliveryId(), List.of())));
        }
        return entries;
    }
}
