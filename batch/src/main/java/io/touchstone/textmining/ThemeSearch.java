package io.touchstone.textmining;

import io.touchstone.kpi.Scope;
import io.touchstone.reports.model.ScopeNames;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a theme's query over one feed's sentences in a scope and time range, and adds up what matched. */
final class ThemeSearch {

    private final CommentIndex index;
    private final ThemeTaxonomy taxonomy;

    ThemeSearch(CommentIndex index, ThemeTaxonomy taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    /**
     * The theme's mentions within the scope's brand and, unless {@code ALL}, its region and
     * touchpoint: counts and sentiment.
     */
    ThemeTally tally(Theme theme, String feed, Scope scope, TimeRange range) {
        return tally(theme, feed, scope, range, ThemeTally.countsOnly());
    }

    /** The same, and the quotes that represent the theme. */
    ThemeTally tallyWithQuotes(Theme theme, String feed, Scope scope, TimeRange range) {
        return tally(theme, feed, scope, range, ThemeTally.withQuotes());
    }

    private ThemeTally tally(Theme theme, String feed, Scope scope, TimeRange range, ThemeTally tally) {
        try {
            index.search(taxonomy.queryOf(theme.code()), feed, scope.brand(), orAny(scope.region()),
                    orAny(scope.touchpoint()), range.from(), range.before(), tally.keepsQuotes(), tally::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the comment index for theme " + theme.code(), e);
        }
        return tally;
    }

    private static String orAny(String name) {
        return name.equals(ScopeNames.ALL) ? null : name;
    }
}
