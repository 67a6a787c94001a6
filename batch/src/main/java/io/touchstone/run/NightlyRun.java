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
 *
 * <p>Folders inside the home are kept relative to it and resolved against the home each
 * execution names (a non-identifying parameter, set afresh at every start and restart): a home
 * copied or moved elsewhere restarts its runs into its own folders, not the original's.
 */
public record NightlyRun(long runId, LocalDate businessDate, ReportingPeriod period, Path inbox, Path out) {

    public static final String BUSINESS_DATE = "business.date";
    public static final String PERIOD = "period";
    public static final String HOME = "home";
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
        // Runs started before folders were kept relative have no home and absolute folders.
        Path home = Path.of(parameters.getString(HOME, ""));
        return new NightlyRun(step.getJobExecution().getJobInstanceId(), businessDate,
                ReportingPeriod.containing(kind, businessDate, fiscal),
                home.resolve(parameters.getString(INBOX)), home.resolve(parameters.getString(OUT)));
    }

    /**
     * The parameters of a new run. {@code requestedAt} makes every request its own job instance,
     * so rerunning a period is a new run while a restart resumes the failed one.
     */
    public static JobParameters parameters(LocalDate businessDate, PeriodKind period, FiscalCalendar fiscal, Path home,
            Path inbox, Path out, LocalDateTime requestedAt) {
        Path root = home.toAbsolutePath().normalize();
        return new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, businessDate)
                .addString(PERIOD, period.code())
                .addLong(FISCAL_FIRST_MONTH, (long) fiscal.firstMonth())
                .addString(INBOX, underHome(root, inbox))
                .addString(OUT, underHome(root, out))
                .addLocalDateTime(REQUESTED_AT, requestedAt)
                .addString(HOME, root.toString(), false)
                .toJobParameters();
    }

    /** The parameters to resume a run with: what identifies it, in the home it is resumed in. */
    public static JobParameters resumedIn(JobParameters previous, Path home) {
        return new JobParametersBuilder(new JobParameters(previous.getIdentifyingParameters()))
                .addString(HOME, home.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    private static String underHome(Path home, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
    }
}
