package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.AccountRecord;
import io.touchstone.system.BuiltRecords;
import io.touchstone.system.TouchstoneProperties.Finance;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks an account line (customer value from billing or CRM) against the accounts contract. An
 * account in a currency the reports cannot convert (no rate in {@code touchstone.finance.fx-rates}
 * and not the reporting currency) is rejected: summed as if it were the reporting currency, its
 * revenue would be wrong by the exchange rate.
 */
public final class AccountRowValidator implements ItemProcessor<FeedLine, Checked<AccountRecord>> {

    private static final Set<String> STATUSES = Set.of("active", "churned");
    /** {@code account.annual_revenue} is {@code numeric(18, 2)}. */
    private static final int REVENUE_PRECISION = 18;
    private static final int REVENUE_SCALE = 2;

    /** The window of the step checking the line ({@link StepTimestampWindow}). */
    private final Supplier<TimestampWindow> windows;
    private final Finance finance;

    public AccountRowValidator(Supplier<TimestampWindow> windows, Finance finance) {
        this.windows = windows;
        this.finance = finance;
    }

    @Override
    public Checked<AccountRecord> process(FeedLine line) {
        LineCheck check = new LineCheck(Feed.ACCOUNTS, line);
        TimestampWindow window = windows.get();
        String customerId = check.text("customer_id", 256, true);
        String segment = check.text("segment", 128, false);
        String region = check.text("region", 128, false);
        BigDecimal annualRevenue = check.amount("annual_revenue", REVENUE_PRECISION, REVENUE_SCALE);
        String currency = check.currency("currency");
        if (currency != null && finance.rateOf(currency) == null) {
            check.problem(new LineProblem("currency has no rate in touchstone.finance.fx-rates",
                    "currency " + QuotedValue.of(currency) + " has no rate in touchstone.finance.fx-rates (reports are in "
                            + finance.currency() + "): add touchstone.finance.fx-rates." + currency
                            + " or send the revenue in " + finance.currency()));
        }
        String status = check.lowerCaseText("status", 16, true);
        if (status != null && !STATUSES.contains(status)) {
            check.problem(LineProblem.got("status must be active or churned", status));
        }
        OffsetDateTime statusChangedAt = check.optionalTimestamp("status_changed_at", window);
        // Churn is counted by when it happened; without the date it cannot be placed in any horizon.
        if ("churned".equals(status) && check.optional("status_changed_at") == null) {
            check.problem(LineProblem.of("status_changed_at is required when status is churned"));
        }
        if (check.hasProblems()) {
            return Checked.rejected(line, check);
        }
        return Checked.accepted(line, BuiltRecords.attached(new AccountRecord())
                .setCustomerId(customerId)
                .setSegment(segment)
                .setRegion(region == null ? Feed.UNKNOWN_REGION : region)
                .setAnnualRevenue(annualRevenue)
                .setCurrency(currency)
                .setStatus(status)
                .setStatusChangedAt(statusChangedAt)
                .setFileId(line.fileId())
                .setLineNo(line.lineNo()));
    }
}
