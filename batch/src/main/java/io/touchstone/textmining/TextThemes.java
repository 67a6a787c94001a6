package io.touchstone.textmining;

import io.touchstone.kpi.Scope;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The themes each text of a feed mentions in a time range, found by running every theme's query per brand. */
final class TextThemes {

    private final ThemeTaxonomy taxonomy;

    TextThemes(ThemeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Theme codes in code order by text id; a text that mentions no theme is absent. */
    Map<String, SortedSet<String>> of(ThemeSearch search, String feed, Collection<String> brands, TimeRange range) {
        Map<String, SortedSet<String>> themes = new HashMap<>();
        for (String brand : brands) {
            for (Theme theme : taxonomy.themes()) {
                for (String id : search.tally(theme, feed, Scope.company(brand), range).comments()) {
                    themes.computeIfAbsent(id, text -> new TreeSet<>()).add(theme.code());
                }
            }
        }
        return themes;
    }
}
