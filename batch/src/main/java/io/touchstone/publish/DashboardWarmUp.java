package io.touchstone.publish;

import io.touchstone.reports.ExecutiveDashboard;
import io.touchstone.system.Millis;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Compiles the dashboard's templates on a background thread as a run starts, so the publish step,
 * the run's last, finds them compiled: compiling took a second or two of its time, and while the
 * feeds load a core is not always busy. A template that fails to compile here is left to the
 * publish step, which fails with the reason.
 */
@Component
public final class DashboardWarmUp implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final ExecutiveDashboard dashboard;

    DashboardWarmUp(ExecutiveDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Thread thread = new Thread(this::prepare, "dashboard-templates");
        thread.setDaemon(true);
        thread.start();
    }

    private void prepare() {
        long start = System.nanoTime();
        try {
            dashboard.prepare();
            log.debug("Compiled the dashboard's templates in {} ms", Millis.between(start, System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            log.debug("The dashboard's templates were not compiled ahead; the publish step compiles them", e);
        }
    }
}
