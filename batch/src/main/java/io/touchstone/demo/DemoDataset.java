package io.touchstone.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * Describes what {@link DemoDataGenerator} wrote: the inbox files, their row counts, and the names
 * behind the planted story, so a demo script or test knows where to look.
 *
 * @param files           the written files, in the order responses, benchmarks, targets
 * @param responses       survey responses written
 * @param benchmarkRows   benchmark rows written
 * @param targetRows      target rows written
 * @param ownBrand        the brand the responses measure
 * @param storyRegion     the region where delivery collapses in the last two months
 * @param storyTouchpoint the touchpoint that collapses
 * @param storyCompetitor the competitor whose delivery score climbs meanwhile
 */
public record DemoDataset(
        List<Path> files,
        long responses,
        long benchmarkRows,
        long targetRows,
        String ownBrand,
        String storyRegion,
        String storyTouchpoint,
        String storyCompetitor) {

    public DemoDataset {
        files = List.copyOf(files);
    }
}
