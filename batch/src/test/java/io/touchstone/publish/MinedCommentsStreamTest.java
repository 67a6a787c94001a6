package io.touchstone.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.run.NightlyRun;
import io.touchstone.support.StreamingReadTest;
import java.io.OutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comments file streams each mined feed from the warehouse, outside a step's transaction too. */
class MinedCommentsStreamTest extends StreamingReadTest {

    @Autowired
    MinedCommentsCsv commentsFile;

    @Test
    void eachMinedFeedIsReadAFetchAtATime() {
        // given
        manyTexts();
        LocalDate businessDate = LocalDate.of(2026, 10, 31);
        NightlyRun run = new NightlyRun(1, businessDate,
                ReportingPeriod.containing(PeriodKind.MONTH, businessDate, FiscalCalendar.DEFAULT), inbox(), out());
        // when, then
        var reads = assertStreams(() -> commentsFile.write(run, OutputStream.nullOutputStream()));
        assertThat(reads).as("comments, posts and employee remarks").hasSize(3);
    }
}
