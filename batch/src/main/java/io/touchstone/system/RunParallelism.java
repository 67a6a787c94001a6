package io.touchstone.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a run goes on at once ({@code touchstone.run.*}): the independent parts of the
 * nightly job side by side, and the files of one feed loaded side by side.
 *
 * @param parallelism the threads the job's side-by-side flows run on, and, separately, the threads
 *     the partitions of the ingest steps (one per delivered file) share, the threads the
 *     text mining scores comments on, and those publishing writes its files on; 1 runs everything one
 *     step and one file after another, as on a single core
 */
@ConfigurationProperties("touchstone.run")
public record RunParallelism(@DefaultValue("2") int parallelism) {

    public RunParallelism {
        if (parallelism < 1) {
            throw new IllegalArgumentException("touchstone.run.parallelism (threads a run works on) must be 1 or more,"
                    + " got " + parallelism);
        }
    }
}
