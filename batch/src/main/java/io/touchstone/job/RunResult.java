package io.touchstone.job;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended, as the command line reports it: the run id, whether everything was
 * published, the published folder, and otherwise one line saying why not.
 */
public record RunResult(long runId, String status, boolean published, Path folder, String failure,
        List<StepTiming> steps) {
}
