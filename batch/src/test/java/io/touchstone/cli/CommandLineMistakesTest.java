package io.touchstone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake on the command line gets a sentence a person can act on, the usage and status 2. */
class CommandLineMistakesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int touchstone(String... args) {
        return TouchstoneCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anImpossibleDateIsNamedWithTheFormatToUse() {
        int status = touchstone("run", "--date", "2026-13-01");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("'2026-13-01' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30")
                .contains("Usage: touchstone run")
                .doesNotContain("java.time");
    }

    @Test
    void aBackfillRangeThatIsNoDateIsNamed() {
        int status = touchstone("backfill", "--from", "2026-01-01", "--to", "soon");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a date").doesNotContain("Exception");
    }

    @Test
    void runsListsAtLeastOneRun() {
        assertThat(touchstone("runs", "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be a whole number of runs, 1 or more; got 0");

        assertThat(touchstone("runs", "--limit", "-1")).isEqualTo(2);
    }

    @Test
    void noCommandAtAllSuggestsTheDemo() {
        int status = touchstone();

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command: try 'touchstone demo'").contains("Usage: touchstone");
    }

    @Test
    void anOutputRootThatCannotBeWrittenIsRefusedBeforeAnyWork(@TempDir Path folder) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("out-file"), "x");

        int status = touchstone("run", "--home", folder.resolve("home").toString(), "--out", notAFolder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--out " + notAFolder + " cannot be written to")
                .contains("Choose a folder you may write in");
        assertThat(folder.resolve("home/db")).doesNotExist();
    }
}
