package io.touchstone.run;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one run of the nightly job is about: its id, business date, reporting period, inbox and
 * output folder. The run id is the Spring Batch job instance id, so a restarted run keeps it.
 */
public record NightlyRun(long runId, LocalDate businessDate, ReportingPeriod period, Path inbox, Path out) {

    public static final String BUSINESS_DATE = "business.date";
    public static final String PERIOD = "period";
    public static final String INBOX = "inbox";
    public static final String OUT = "out";
    public static final String REQUESTED_AT = "requested.at";
    public static final String FISCAL_FIRST_MONTH = "fiscal.first.month";

    public static NightlyRun of(StepExecution step) {
        JobParameters parameters = step.getJobExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(BUSINESS_DATE);
        PeriodKind kind = PeriodKind.fromCode(parameters.getString(PERIOD));
        // The run keeps the fiscal calendar it started with, so a restart labels periods alike.
        Long firstMonth = parameters.getLong(FISCAL_FIRST_MONTH);
        FiscalCalendar fiscal = firstMonth == null ? FiscalCalendar.DEFAULT : new FiscalCalendar(firstMonth.intValue());
        return new NightlyRun(step.getJobExecution().getJobInstanceId(), businessDate,
                ReportingPeriod.containing(kind, businessDate, fiscal),
                Path.of(parameters.getString(INBOX)), Path.of(parameters.getString(OUT)));
    }

    /**
     * The parameters of a new run. {@code requestedAt} makes every request its own job instance,
     * so rerunning a period is a new run while a restart resumes the failed one.
     */
    public static JobParameters parameters(LocalDate businessDate, PeriodKind period, FiscalCalendar fiscal, Path inbox,
            Path out, LocalDateTime requestedAt) {
        return new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, businessDate)
                .addString(PERIOD, period.code())
                .addLong(FISCAL_FIRST_MONTH, (long) fiscal.firstMonth())
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addLocalDateTime(REQUESTED_AT, requestedAt)
                .toJobParameters();
    }
}
