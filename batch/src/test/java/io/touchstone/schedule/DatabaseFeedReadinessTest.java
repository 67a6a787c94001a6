package io.touchstone.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.WarehouseTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A schedule that waits for a feed read from a database does not wait for a file that never
 * comes: the run pulls what changed since the last committed watermark.
 */
@TestPropertySource(properties = {
        "touchstone.feeds.interactions.source=crm",
        "touchstone.feeds.interactions.query=select * from interactions where updated_at > :last_watermark",
        "touchstone.sources.crm.url=jdbc:postgresql://localhost:1/crm"})
class DatabaseFeedReadinessTest extends WarehouseTest {

    @Autowired
    DataReadiness readiness;

    @Test
    void aDatabaseFeedIsReadyWhileAFileFeedWithNothingInTheInboxIsAwaited() {
        ScheduleDefinition schedule = new ScheduleDefinition("ops-pack", "0 30 6 * * *", "month",
                List.of("interactions", "responses"), Duration.ofHours(3));

        assertThat(readiness.missing(schedule, null)).containsExactly("responses");
    }
}
