package io.touchstone.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * Describes what {@link DemoDataGenerator} wrote: the inbox files, their row counts, and the names
 * behind the planted story, so a demo script or test knows where to look.
 *
 * @param files           the written files, in the order responses, benchmarks, targets, posts,
 *                        employee, interactions, follow-ups, accounts
 * @param responses       survey responses written
 * @param benchmarkRows   benchmark rows written
 * @param targetRows      target rows written
 * @param interactions    service contacts (calls and chats) written
 * @param followups       follow-up actions on detractors written
 * @param accounts        accounts written, one per customer who answered
 * @param ownBrand        the brand the responses measure
 * @param storyRegion     the region where delivery collapses in the last two months, whose calls
 *                        queue ever longer and are less often resolved first time over the last three,
 *                        and whose detractors are called back late in the last
 * @param storyTouchpoint the touchpoint that collapses
 * @param storyCompetitor the competitor whose delivery score climbs meanwhile
 * @param storyCareTeam   the story region's care team (an {@code agent_team} and follow-up
 *                        {@code owner}) whose queues lengthen
 */
public record DemoDataset(
        List<Path> files,
        long responses,
        long benchmarkRows,
        long targetRows,
        long interactions,
        long followups,
        long accounts,
        String ownBrand,
        String storyRegion,
        String storyTouchpoint,
        String storyCompetitor,
        String storyCareTeam) {

    public DemoDataset {
        files = List.copyOf(files);
    }
}
