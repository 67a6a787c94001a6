package io.touchstone.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Advances the watermarks of the feeds read from databases when, and only when, the run that
 * read them completes: a run that fails after its ingest (in the KPIs, in publishing) leaves
 * them, so the next run reads the same rows again and nothing it did not finish is skipped. The
 * upserts by natural key make the second read store nothing twice; a restarted run that completes
 * commits what its ingest read, as a clean run would.
 */
@Component
public final class WatermarkCommitListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(WatermarkCommitListener.class);

    private final FeedWatermarks watermarks;

    public WatermarkCommitListener(FeedWatermarks watermarks) {
        this.watermarks = watermarks;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        int committed = watermarks.commit(execution.getJobInstanceId());
        if (committed > 0) {
            log.info("Run {} completed: committed the watermarks of {} database feed read(s)",
                    execution.getJobInstanceId(), committed);
        }
    }
}
