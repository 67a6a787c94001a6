package io.touchstone.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the project's own fixture feeds (src/test/resources/fixtures) into an inbox. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The October 2026 nightly fixture: 50 October responses (25 promoters, 15 passives,
     * 10 detractors: NPS 30; CSAT 40 of 50 top-2-box: 80; CES 5.0), 40 September ones (NPS 10),
     * 12 from October 2025 (NPS 25, a low base), one row with nps 12; benchmarks for Contoso (25),
     * Fabrikam (40) and the industry (28); targets NPS 35 and CSAT 85 for 2026-10, CES 4.5 for 2026;
     * 10 valid posts (Northwind 4, two of them about late delivery; Fabrikam 4 positive; Contoso
     * 2 about billing) and one with an unknown source; 4 employee remarks, three negative about
     * delivery.
     */
    public static void deliverNightly(Path inbox) {
        for (String name : new String[] {"responses_2026-10.csv", "benchmarks_2026-10.csv", "targets_2026.csv",
                "posts_2026-10.csv", "employee_2026-10.csv"}) {
            copy("fixtures/nightly/" + name, inbox.resolve(name));
        }
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
