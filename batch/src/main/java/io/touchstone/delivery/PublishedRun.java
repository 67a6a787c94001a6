package io.touchstone.delivery;

import io.touchstone.publish.RunManifest;
import io.touchstone.run.NightlyRun;
import java.nio.file.Path;

/** A completed run as its publish step left it: what it was about, its folder and that folder's manifest. */
record PublishedRun(NightlyRun run, Path folder, RunManifest manifest) {

    /** The file of the published folder by name; the manifest is the list of what the run published. */
    Path file(String name) {
        return folder.resolve(name);
    }
}
