package io.touchstone.textmining;

import io.touchstone.system.TouchstoneProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text-mining parts shared by every run: the analyzers, the taxonomy (loaded and every
 * query checked when the application starts, so a broken one stops it before any work) and the
 * sentiment scorer with the user's lexicon overrides.
 */
@Configuration(proxyBeanMethods = false)
public class TextMiningConfiguration {

    @Bean(destroyMethod = "close")
    CommentAnalyzers commentAnalyzers() {
        return new CommentAnalyzers();
    }

    @Bean
    ThemeTaxonomy themeTaxonomy(TouchstoneProperties properties, CommentAnalyzers analyzers) {
        return ThemeTaxonomy.load(properties.textMining().taxonomy(), analyzers);
    }

    @Bean
    SentimentScorer sentimentScorer(TouchstoneProperties properties) {
        return new SentimentScorer(SentimentLexicon.withOverrides(properties.textMining().lexicon()));
    }
}
