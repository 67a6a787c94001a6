package io.touchstone.job;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended, as the command line reports it: the run id, whether everything was
 * published, the published folder, and otherwise one line saying why not; {@code notices} are
 * what the runner did before it started (a crashed run of the period marked failed).
 */
public record RunResult(long runId, String status, boolean published, Path folder, String failure,
        List<StepTiming> steps, List<String> notices) {

    public RunResult {
        notices = List.copyOf(notices);
    }

    public boolean stopped() {
        return "STOPPED".equals(status);
    }
}
