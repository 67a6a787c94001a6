package io.touchstone.publish;

import io.touchstone.system.TouchstoneProperties.JourneyStage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which journey stage each touchpoint belongs to, in the order customers meet them: the rows
 * of the dashboard's heatmap. A touchpoint no stage lists falls under {@value #OTHER}, last.
 */
final class JourneyMap {

    static final String OTHER = "Other";

    private final List<JourneyStage> stages;
    private final Map<String, Integer> stageOfTouchpoint = new HashMap<>();

    JourneyMap(List<JourneyStage> stages) {
        this.stages = List.copyOf(stages);
        for (int i = 0; i < stages.size(); i++) {
            for (String touchpoint : stages.get(i).touchpoints()) {
                stageOfTouchpoint.putIfAbsent(touchpoint, i);
            }
        }
    }

    String stageOf(String touchpoint) {
        Integer stage = stageOfTouchpoint.get(touchpoint);
        return stage == null ? OTHER : stages.get(stage).name();
    }

    int orderOf(String touchpoint) {
        return stageOfTouchpoint.getOrDefault(touchpoint, stages.size());
    }
}
