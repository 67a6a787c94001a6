package io.touchstone.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period's folder switches from one set of files to the next as a whole, whatever stops on the way. */
class PublishedSetTest {

    @TempDir
    Path out;

    @Test
    void aNewSetIsInvisibleUntilPublishedAndThenReplacesTheWholeFolder() throws IOException {
        Path folder = out.resolve("2026-10");
        publish(folder, "a.pdf", "old.pdf");

        PublishedSet next = PublishedSet.begin(folder);
        next.write("a.pdf", stream -> stream.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(folder.resolve("a.pdf"))).isEqualTo("a.pdf");
        next.publish();

        assertThat(listing(folder)).containsExactly("a.pdf");
        assertThat(Files.readString(folder.resolve("a.pdf"))).isEqualTo("new");
        assertThat(listing(out)).containsExactly("2026-10");
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsUndoneByTheNextBegin() throws IOException {
        // given the earlier set renamed aside and the new one not yet in place, as a kill would leave them
        Path folder = out.resolve("2026-10");
        publish(folder, "a.pdf");
        PublishedSet interrupted = PublishedSet.begin(folder);
        interrupted.write("half.pdf", stream -> stream.write(1));
        Files.move(folder, out.resolve(".2026-10.old"));

        // when the run is restarted
        PublishedSet restarted = PublishedSet.begin(folder);

        // then readers have the earlier set back at once, and the restart publishes its own whole
        assertThat(listing(folder)).containsExactly("a.pdf");
        restarted.write("b.pdf", stream -> stream.write(2));
        restarted.publish();
        assertThat(listing(folder)).containsExactly("b.pdf");
        assertThat(listing(out)).containsExactly("2026-10");
    }

    private static void publish(Path folder, String... names) {
        PublishedSet set = PublishedSet.begin(folder);
        for (String name : names) {
            set.write(name, stream -> stream.write(name.getBytes(StandardCharsets.UTF_8)));
        }
        set.publish();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
