package io.touchstone.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What the demo generator wrote: the inbox files, their row counts, and the story planted in
 * the data for an executive to find.
 */
public record DemoDataset(List<Path> files, long responses, long benchmarkRows, long targetRows, String ownBrand,
        String storyRegion, String storyTouchpoint, String storyCompetitor) {

    public DemoDataset {
        files = List.copyOf(files);
    }
}
