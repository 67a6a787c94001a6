package io.touchstone.textmining;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * Precision and recall of each theme against human aspect labels: a theme whose code names a
 * labelled category ({@code SERVICE} for "service") is compared with it, sentence by sentence.
 */
public final class ThemeEvaluation {

    private final ThemeTaxonomy taxonomy;
    private final CommentAnalyzers analyzers;
    private final Map<String, Agreement> counts = new TreeMap<>();

    /** How a theme's matches agreed with the labels so far. */
    private record Agreement(long truePositives, long falsePositives, long falseNegatives) {

        static Agreement of(boolean predicted, boolean gold) {
            return new Agreement(predicted && gold ? 1 : 0, predicted && !gold ? 1 : 0, !predicted && gold ? 1 : 0);
        }

        Agreement plus(Agreement other) {
            return new Agreement(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }
    }

    public ThemeEvaluation(ThemeTaxonomy taxonomy, CommentAnalyzers analyzers) {
        this.taxonomy = taxonomy;
        this.analyzers = analyzers;
    }

    /** Counts one labelled sentence: true positives, false positives, false negatives per theme. */
    public void add(String text, Set<String> goldCategories) {
        if (goldCategories.isEmpty()) {
            return;
        }
        MemoryIndex sentence = new MemoryIndex();
        sentence.addField(CommentAnalyzers.field(CommentAnalyzers.DEFAULT_LANGUAGE), text,
                analyzers.forLanguage(CommentAnalyzers.DEFAULT_LANGUAGE));
        for (Theme theme : taxonomy.themes()) {
            String category = theme.code().toLowerCase(Locale.ROOT);
            boolean predicted = sentence.search(taxonomy.queryOf(theme.code())) > 0;
            boolean gold = goldCategories.contains(category);
            counts.merge(theme.code(), Agreement.of(predicted, gold), Agreement::plus);
        }
    }

    /** One line per theme that met its category at least once: code, precision, recall, F1. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s%n", "theme", "precision",
                "recall", "F1"));
        counts.forEach((code, tally) -> {
            long hits = tally.truePositives();
            if (hits + tally.falseNegatives() > 0) {
                double precision = hits + tally.falsePositives() == 0 ? 0
                        : (double) hits / (hits + tally.falsePositives());
                double recall = (double) hits / (hits + tally.falseNegatives());
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                table.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f%n", code, precision, recall, f1));
            }
        });
        return table.toString();
    }
}
