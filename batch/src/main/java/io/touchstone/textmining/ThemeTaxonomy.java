package io.touchstone.textmining;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The theme taxonomy a CX lead edits: categories of themes, each theme a code, a label and a
 * Lucene query over the analysed comment text. Every query is parsed when the taxonomy is
 * loaded, for every comment language, so a broken one is reported with its theme code and the
 * parser's message before any work starts. The version is the SHA-256 of the file.
 */
public final class ThemeTaxonomy {

    static final String DEFAULT = "textmining/default-taxonomy.yml";

    private final List<Theme> themes;
    private final Map<String, Query> queries;
    private final String version;

    private ThemeTaxonomy(List<Theme> themes, Map<String, Query> queries, String version) {
        this.themes = List.copyOf(themes);
        this.queries = Map.copyOf(queries);
        this.version = version;
    }

    /** The file a setting names, or the taxonomy shipped with the product when it names none. */
    public static ThemeTaxonomy load(Path file, CommentAnalyzers analyzers) {
        if (file == null) {
            try (InputStream in = ThemeTaxonomy.class.getClassLoader().getResourceAsStream(DEFAULT)) {
                return parse(in.readAllBytes(), "the default taxonomy", analyzers);
            } catch (IOException e) {
                throw new TaxonomyException("Cannot read the default taxonomy: " + e.getMessage(), e);
            }
        }
        try {
            return parse(Files.readAllBytes(file), file.toString(), analyzers);
        } catch (IOException e) {
            throw new TaxonomyException("Cannot read the taxonomy " + file + ": " + e.getMessage(), e);
        }
    }

    static ThemeTaxonomy parse(byte[] yaml, String source, CommentAnalyzers analyzers) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml,
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new TaxonomyException("The taxonomy " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        List<Theme> themes = new ArrayList<>();
        for (Map<?, ?> category : list(map(document, source).get("categories"), source + ": categories")) {
            String categoryName = text(category, "name", source + ": a category");
            for (Map<?, ?> theme : list(category.get("themes"), source + ": category " + categoryName)) {
                String code = text(theme, "code", source + ": a theme of " + categoryName);
                themes.add(new Theme(code, text(theme, "label", "theme " + code),
                        categoryName, text(theme, "query", "theme " + code)));
            }
        }
        if (themes.isEmpty()) {
            throw new TaxonomyException("The taxonomy " + source + " defines no themes");
        }
        Set<String> codes = new HashSet<>();
        Map<String, Query> queries = new LinkedHashMap<>();
        for (Theme theme : themes) {
            if (!codes.add(theme.code())) {
                throw new TaxonomyException("The taxonomy " + source + " defines theme " + theme.code() + " twice");
            }
            queries.put(theme.code(), compile(theme, analyzers, source));
        }
        return new ThemeTaxonomy(themes, queries, sha256(yaml));
    }

    private static Query compile(Theme theme, CommentAnalyzers analyzers, String source) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (String language : CommentAnalyzers.languages()) {
            QueryParser parser = new QueryParser(CommentAnalyzers.field(language), analyzers.forLanguage(language));
            parser.setDefaultOperator(QueryParser.Operator.OR);
            try {
                anyLanguage.add(parser.parse(theme.query()), BooleanClause.Occur.SHOULD);
            } catch (ParseException | RuntimeException e) {
                throw new TaxonomyException("Theme " + theme.code() + " in " + source + " has an invalid query '"
                        + theme.query() + "': " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return anyLanguage.build();
    }

    public List<Theme> themes() {
        return themes;
    }

    public Query queryOf(String code) {
        return queries.get(code);
    }

    public String version() {
        return version;
    }

    private static Map<?, ?> map(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            return map;
        }
        throw new TaxonomyException(where + " must be a mapping with 'categories'");
    }

    private static List<Map<?, ?>> list(Object node, String where) {
        if (!(node instanceof List<?> items)) {
            throw new TaxonomyException(where + " must be a list");
        }
        List<Map<?, ?>> maps = new ArrayList<>();
        for (Object item : items) {
            maps.add(map(item, where));
        }
        return maps;
    }

    private static String text(Map<?, ?> node, String key, String where) {
        Object value = node.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new TaxonomyException(where + " has no '" + key + "'");
        }
        return value.toString().trim();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }
}
