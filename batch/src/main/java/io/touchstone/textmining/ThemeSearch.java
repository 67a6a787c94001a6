package io.touchstone.textmining;

import io.touchstone.kpi.Scope;
import io.touchstone.reports.model.ScopeNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

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

    /** One theme's tallies for a brand's company scope and for each of its regions and touchpoints asked for. */
    record ByScope(ThemeTally company, Map<String, ThemeTally> regions, Map<String, ThemeTally> touchpoints) {
    }

    /**
     * The theme's mentions within a brand, tallied for the company and, in the same search, for
     * each of {@code regions} and {@code touchpoints}: what {@link #tally} finds for each of those
     * scopes, with one search instead of one per scope.
     */
    ByScope tallyByScope(Theme theme, String feed, String brand, Collection<String> regions,
            Collection<String> touchpoints, TimeRange range, boolean quotes) {
        Supplier<ThemeTally> tally = quotes ? ThemeTally::withQuotes : ThemeTally::countsOnly;
        ByScope byScope = new ByScope(tally.get(), new HashMap<>(), new HashMap<>());
        regions.forEach(region -> byScope.regions().put(region, tally.get()));
        touchpoints.forEach(touchpoint -> byScope.touchpoints().put(touchpoint, tally.get()));
        try {
            index.searchByScope(taxonomy.queryOf(theme.code()), feed, brand, range.from(), range.before(), quotes,
                    (region, touchpoint, mention) -> {
                        byScope.company().add(mention);
                        addTo(byScope.regions(), region, mention);
                        addTo(byScope.touchpoints(), touchpoint, mention);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the comment index for theme " + theme.code(), e);
        }
        return byScope;
    }

    private static void addTo(Map<String, ThemeTally> tallies, String scope, CommentIndex.Mention mention) {
        ThemeTally tally = scope == null ? null : tallies.get(scope);
        if (tally != null) {
            tally.add(mention);
        }
    }

    private static String orAny(String name) {
        return name.equals(ScopeNames.ALL) ? null : name;
    }
}
