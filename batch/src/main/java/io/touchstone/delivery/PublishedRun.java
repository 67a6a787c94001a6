package io.touchstone.delivery;

import io.touchstone.publish.RunManifest;
import io.touchstone.publish.RunPublication;
import io.touchstone.run.NightlyRun;
import java.nio.file.Path;

/** A completed run whose files are still in its folder: what it was about, and what it published. */
record PublishedRun(NightlyRun run, RunPublication publication) {

    Path folder() {
        return publication.folder();
    }

    RunManifest manifest() {
        return publication.manifest();
    }

    /**
     * The published file by name; the manifest is the list of what the run published, checked for
     * the name before this is asked.
     */
    Path file(String name) {
        return publication.file(name).orElseThrow(() -> new IllegalStateException("the folder " + folder()
                + " holds no " + name + " of run " + run.runId() + " (moved or deleted since?); rerun the period"
                + " with --deliver"));
    }
}
