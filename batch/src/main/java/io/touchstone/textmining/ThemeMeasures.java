package io.touchstone.textmining;

import io.touchstone.kpi.ResponseTallies;
import io.touchstone.kpi.Scope;
import io.touchstone.kpi.ScopeTally;
import io.touchstone.reports.model.ScopeNames;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.ThemeMeasureRecord;
import io.touchstone.system.Decimals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every theme's measures for the own brand's survey comments of the period: THEME_VOLUME,
 * THEME_SHARE, THEME_SENTIMENT, THEME_NPS_IMPACT, the change, a quote — for the company, with
 * whether the theme is emerging, what employees say about it and SHARED_FRUSTRATION, and again per
 * region and per touchpoint (employee views and emergence stay company-wide).
 */
final class ThemeMeasures {

    /** Employee remarks on a theme before a shared frustration is claimed. */
    static final int MINIMUM_EMPLOYEE_MENTIONS = 3;

    private final ThemeTaxonomy taxonomy;
    private final ResponseTallies tallies;
    private final TextFeeds feeds;
    private final String ownBrand;

    ThemeMeasures(ThemeTaxonomy taxonomy, ResponseTallies tallies, TextFeeds feeds, String ownBrand) {
        this.taxonomy = taxonomy;
        this.tallies = tallies;
        this.feeds = feeds;
        this.ownBrand = ownBrand;
    }

    /** What the search found about one theme in one scope. */
    private record Found(Theme theme, ThemeTally current, long priorVolume, ThemeTally employees, boolean emerging) {
    }

    List<ThemeMeasureRecord> of(ThemeSearch search, NightlyRun run, MiningWindow window, MinedFeed comments) {
        Map<Scope, ScopeTally> scopes = new HashMap<>();
        tallies.tally(window.current().from(), window.current().before())
                .forEach(tally -> scopes.put(tally.scope(), tally));
        Scope company = Scope.company(ownBrand);
        TimeRange baseline = window.baseline();
        long baselineComments = feeds.commentCount(ownBrand, baseline.from(), baseline.before());
        Set<String> regions = comments.byRegion().keySet();
        Set<String> touchpoints = comments.byTouchpoint().keySet();
        List<ThemeMeasureRecord> companyRows = new ArrayList<>();
        Map<String, List<ThemeMeasureRecord>> regionRows = new LinkedHashMap<>();
        Map<String, List<ThemeMeasureRecord>> touchpointRows = new LinkedHashMap<>();
        for (Theme theme : taxonomy.themes()) {
            // A search per period finds the theme for the company and every region and touchpoint at
            // once; a search per scope read the same postings once for each of them.
            ThemeSearch.ByScope current = search.tallyByScope(theme, TextFeeds.RESPONSES, ownBrand, regions,
                    touchpoints, window.current(), true);
            ThemeSearch.ByScope prior = search.tallyByScope(theme, TextFeeds.RESPONSES, ownBrand, regions,
                    touchpoints, window.prior(), false);
            ThemeTally employees = search.tally(theme, TextFeeds.EMPLOYEE, company, window.current());
            long baselineVolume = search.tally(theme, TextFeeds.RESPONSES, company, baseline).volume();
            boolean emerging = LogLikelihood.emerging(current.company().volume(), comments.texts(), baselineVolume,
                    baselineComments, LogLikelihood.MINIMUM_MENTIONS);
            companyRows.add(row(run, company,
                    new Found(theme, current.company(), prior.company().volume(), employees, emerging),
                    comments.texts(), scopes.get(company)));
            comments.byRegion().forEach((region, count) -> regionRows.computeIfAbsent(region, r -> new ArrayList<>())
                    .add(scoped(run, theme, new Scope(ownBrand, region, ScopeNames.ALL), current.regions().get(region),
                            prior.regions().get(region), count, scopes)));
            comments.byTouchpoint().forEach((touchpoint, count) -> touchpointRows
                    .computeIfAbsent(touchpoint, t -> new ArrayList<>())
                    .add(scoped(run, theme, new Scope(ownBrand, ScopeNames.ALL, touchpoint),
                            current.touchpoints().get(touchpoint), prior.touchpoints().get(touchpoint), count, scopes)));
        }
        List<ThemeMeasureRecord> measures = new ArrayList<>(companyRows);
        regionRows.values().forEach(measures::addAll);
        touchpointRows.values().forEach(measures::addAll);
        return measures;
    }

    /** A region's or touchpoint's row: employee views and emergence stay company-wide. */
    private ThemeMeasureRecord scoped(NightlyRun run, Theme theme, Scope scope, ThemeTally current, ThemeTally prior,
            long comments, Map<Scope, ScopeTally> scopes) {
        Found found = new Found(theme, current, prior.volume(), ThemeTally.countsOnly(), false);
        return row(run, scope, found, comments, scopes.get(scope));
    }

    private ThemeMeasureRecord row(NightlyRun run, Scope scope, Found found, long comments, ScopeTally responses) {
        ThemeTally current = found.current();
        ThemeTally employees = found.employees();
        Double impact = responses == null ? null
                : current.npsImpact(responses.npsAnswers(), responses.promoters(), responses.detractors());
        Double customerSentiment = current.meanSentiment();
        Double employeeSentiment = employees.meanSentiment();
        boolean sharedFrustration = isNegative(customerSentiment)
                && employees.volume() >= MINIMUM_EMPLOYEE_MENTIONS && isNegative(employeeSentiment);
        return new ThemeMeasureRecord()
                .setPeriodKind(run.period().kind().code())
                .setPeriod(run.period().label())
                .setRegion(scope.region())
                .setTouchpoint(scope.touchpoint())
                .setTheme(found.theme().code())
                .setLabel(found.theme().label())
                .setCategory(found.theme().category())
                .setVolume(current.volume())
                .setShare(comments == 0 ? null : Decimals.fourPlaces(100.0 * current.volume() / comments))
                .setSentiment(Decimals.fourPlaces(customerSentiment))
                .setNpsImpact(Decimals.fourPlaces(impact))
                .setPriorVolume(found.priorVolume())
                .setChange(current.volume() - found.priorVolume())
                .setEmerging(found.emerging())
                .setQuote(current.quotes(1, impact).stream().findFirst().orElse(null))
                .setEmployeeVolume(employees.volume())
                .setEmployeeSentiment(Decimals.fourPlaces(employeeSentiment))
                .setSharedFrustration(sharedFrustration)
                .setTaxonomyVersion(taxonomy.version())
                .setRunId(run.runId());
    }

    private static boolean isNegative(Double sentiment) {
        return sentiment != null && sentiment <= -SentimentScorer.THRESHOLD;
    }
}
