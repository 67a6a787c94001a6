package io.touchstone.kpi;

import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.inline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.CaseConditionStep;
import org.jooq.Field;

/**
 * The wait bands of the service drivers from their upper bounds ({@code touchstone.operations.wait-bands},
 * default 60 s, 5 min, 15 min): a wait belongs to the first band whose bound it is below, so a wait
 * of exactly 60 s is in "1-5 min"; the last band, "> 15 min", is open-ended.
 */
public record WaitBands(List<Duration> bounds) {

    public WaitBands {
        bounds = List.copyOf(bounds);
    }

    /** The labels, in order: "< 1 min", "1-5 min", "5-15 min", "> 15 min". */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (bounds.isEmpty()) {
            return List.of("all waits");
        }
        labels.add("< " + withUnit(bounds.get(0)));
        for (int i = 1; i < bounds.size(); i++) {
            Duration lower = bounds.get(i - 1);
            Duration upper = bounds.get(i);
            labels.add((inMinutes(lower) == inMinutes(upper) ? number(lower) : withUnit(lower)) + "-"
                    + withUnit(upper));
        }
        labels.add("> " + withUnit(bounds.get(bounds.size() - 1)));
        return labels;
    }

    /** The band's position (0 = shortest) of a wait in seconds, in SQL; {@code null} without a wait. */
    Field<Integer> orderOf(Field<Integer> waitSeconds) {
        if (bounds.isEmpty()) {
            return choose().when(waitSeconds.isNotNull(), inline(0));
        }
        CaseConditionStep<Integer> band = choose().when(waitSeconds.lt(inline((int) bounds.get(0).toSeconds())), inline(0));
        for (int i = 1; i < bounds.size(); i++) {
            band = band.when(waitSeconds.lt(inline((int) bounds.get(i).toSeconds())), inline(i));
        }
        return band.when(waitSeconds.isNotNull(), inline(bounds.size()));
    }

    private static boolean inMinutes(Duration duration) {
        return duration.toSeconds() % 60 == 0;
    }

    private static String number(Duration duration) {
        return inMinutes(duration) ? Long.toString(duration.toMinutes()) : Long.toString(duration.toSeconds());
    }

    private static String withUnit(Duration duration) {
        return number(duration) + (inMinutes(duration) ? " min" : " s");
    }
}
