package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A run compiles the dashboard ahead of its render: every page, whatever pages are added later. */
class DashboardTemplatesTest {

    @Test
    void preparingCompilesEveryPageOfTheDashboardButTheGrid() throws IOException, URISyntaxException {
        Path folder = Path.of(DashboardTemplates.class.getClassLoader().getResource(DashboardTemplates.MAIN).toURI())
                .getParent();
        List<String> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.map(file -> "templates/dashboard/" + file.getFileName())
                    .filter(name -> name.endsWith(".jrxml"))
                    .filter(name -> !name.equals(DashboardTemplates.MAIN) && !name.equals(DashboardTemplates.GRID))
                    .toList();
        }

        assertThat(DashboardTemplates.SUBREPORTS).containsExactlyInAnyOrderElementsOf(pages);
    }
}
