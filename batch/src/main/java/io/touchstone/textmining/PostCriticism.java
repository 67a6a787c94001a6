package io.touchstone.textmining;

import io.touchstone.kpi.Scope;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What each brand's posts of a time range are criticised for: per theme, the negative sentences
 * among those that match its query. Read from the comment index the theme-mining step left, so
 * it counts sentences, not posts: a long post that praises one thing and criticises two counts
 * for the two themes it criticises only.
 */
@Component
public final class PostCriticism {

    /** One brand's negative sentences about one theme. */
    public record Criticism(String brand, String theme, long negativeSentences) {
    }

    private final TouchstoneProperties properties;
    private final CommentAnalyzers analyzers;
    private final ThemeTaxonomy taxonomy;

    public PostCriticism(TouchstoneProperties properties, CommentAnalyzers analyzers, ThemeTaxonomy taxonomy) {
        this.properties = properties;
        this.analyzers = analyzers;
        this.taxonomy = taxonomy;
    }

    /** The brands' criticism per theme, leaving out the themes a brand is not criticised for. */
    public List<Criticism> of(Collection<String> brands, OffsetDateTime from, OffsetDateTime before)
            throws IOException {
        TimeRange range = new TimeRange(from, before);
        List<Criticism> criticism = new ArrayList<>();
        try (CommentIndex index = CommentIndex.open(properties.touchstoneHome().commentIndex(), analyzers)) {
            ThemeSearch search = new ThemeSearch(index, taxonomy);
            for (String brand : brands) {
                for (Theme theme : taxonomy.themes()) {
                    long negative = search.tally(theme, TextFeeds.POSTS, Scope.company(brand), range)
                            .negativeSentences();
                    if (negative > 0) {
                        criticism.add(new Criticism(brand, theme.code(), negative));
                    }
                }
            }
        }
        return criticism;
    }
}
