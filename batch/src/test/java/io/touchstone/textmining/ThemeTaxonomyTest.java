package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {

    private static final CommentAnalyzers ANALYZERS = new CommentAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void theDefaultTaxonomyCoversGeneralCx() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.load(null, ANALYZERS);

        assertThat(taxonomy.themes()).extracting(Theme::code).contains("WAITING", "STAFF_ATTITUDE", "RESOLUTION",
                "BILLING_PRICE", "PRODUCT_QUALITY", "DELIVERY", "DIGITAL", "COMMUNICATION", "REFUNDS", "EASE");
        assertThat(taxonomy.version()).hasSize(64);
    }

    @Test
    void themesKeepTheirCategoryLabelAndQuery() {
        ThemeTaxonomy taxonomy = parse("""
                categories:
                  - name: Delivery
                    themes:
                      - code: LATE
                        label: Late parcels
                        query: '"arrived late"~2 OR delay*'
                """);

        assertThat(taxonomy.themes()).containsExactly(
                new Theme("LATE", "Late parcels", "Delivery", "\"arrived late\"~2 OR delay*"));
        assertThat(taxonomy.queryOf("LATE").toString()).contains("text_en:\"arriv late\"~2").contains("text_en:delay*");
    }

    @Test
    void aBrokenQueryIsReportedWithItsThemeCode() {
        assertThatThrownBy(() -> parse("""
                categories:
                  - name: Money
                    themes:
                      - code: BILLING
                        label: Billing
                        query: 'bill* AND ("charged twice"'
                """))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("Theme BILLING")
                .hasMessageContaining("invalid query")
                .hasMessageContaining("Cannot parse");
    }

    @Test
    void aThemeWithoutAQueryOrADuplicateCodeIsRefused() {
        assertThatThrownBy(() -> parse("categories:\n  - name: A\n    themes:\n      - code: X\n        label: x\n"))
                .hasMessageContaining("theme X has no 'query'");
        assertThatThrownBy(() -> parse("""
                categories:
                  - name: A
                    themes:
                      - {code: X, label: x, query: a}
                      - {code: X, label: y, query: b}
                """)).hasMessageContaining("defines theme X twice");
    }

    private static ThemeTaxonomy parse(String yaml) {
        return ThemeTaxonomy.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yml", ANALYZERS);
    }
}
