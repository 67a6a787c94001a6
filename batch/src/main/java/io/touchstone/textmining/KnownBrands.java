package io.touchstone.textmining;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.POST;
import static org.jooq.impl.DSL.selectDistinct;

import io.touchstone.system.TouchstoneProperties;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The names sentiment must not read as words, as the warehouse knows them tonight: the own brand,
 * every brand the posts and the benchmarks name (a competitor first seen tonight included), and
 * the product names configured in {@code touchstone.text-mining.names}.
 */
@Component
public class KnownBrands {

    private final DSLContext dsl;
    private final TouchstoneProperties properties;

    public KnownBrands(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    public BrandNames names() {
        List<String> names = new ArrayList<>();
        names.add(properties.ownBrand());
        names.addAll(properties.textMining().names());
        names.addAll(dsl.selectDistinct(POST.BRAND).from(POST)
                .union(selectDistinct(BENCHMARK.BRAND).from(BENCHMARK))
                .fetch(0, String.class));
        return BrandNames.of(names);
    }
}
