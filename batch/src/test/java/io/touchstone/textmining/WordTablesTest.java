package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTablesTest {

    @Test
    void aTableHoldsWhatItWasGivenAndNothingCanChangeIt() {
        Map<String, Double> given = new HashMap<>(Map.of("great", 3.1, "late", -1.2));
        Map<String, Double> valences = WordTables.map(given);
        given.put("late", 0.0);

        assertThat(valences).containsOnly(Map.entry("great", 3.1), Map.entry("late", -1.2));
        assertThat(valences.get("parcel")).isNull();
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> valences.put("parcel", 0.5));

        Set<String> negators = WordTables.set("not", "never");
        assertThat(negators).containsExactlyInAnyOrder("not", "never").doesNotContain("now");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> negators.add("no"));
    }
}
