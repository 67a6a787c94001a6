package io.touchstone.kpi;

import static io.touchstone.kpi.ServiceWarehouse.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.WarehouseTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which interaction a response is linked to: its customer's latest at or before it, only when
 * that one lies within the lookback, and only for the drivers that latest one has.
 */
class ServiceDriverTalliesTest extends WarehouseTest {

    private static final String OWN = "Northwind";
    private static final OffsetDateTime OCTOBER_1 = at(10, 1, 0);
    private static final OffsetDateTime NOVEMBER_1 = at(11, 1, 0);
    private static final Duration LOOKBACK = Duration.ofDays(30);
    private static final WaitBands BANDS = new WaitBands(List.of(Duration.ofSeconds(60), Duration.ofMinutes(5),
            Duration.ofMinutes(15)));

    @Autowired
    private ServiceDriverTallies tallies;

    private ServiceWarehouse warehouse;

    @BeforeEach
    void warehouse() {
        warehouse = new ServiceWarehouse(dsl);
    }

    @Test
    void aResponseIsLinkedToItsCustomersLatestInteractionWithinTheLookbackOnly() {
        // given A, a promoter on 15 October: waited 30 s on 1 October, then on 12 October resolved at
        // first contact with no wait recorded: linked to the latest, so in no wait band
        interaction("A", at(10, 1, 12), null, 30);
        interaction("A", at(10, 12, 12), true, null);
        warehouse.response("North", at(10, 15, 12), 10, "A");
        // B, a promoter: the only interaction is 45 days before the response: not linked
        interaction("B", at(9, 1, 12), true, 30);
        warehouse.response("North", at(10, 16, 12), 10, "B");
        // C, a detractor on 10 October: waited 400 s on 5 October; the call of 20 October is after it
        interaction("C", at(10, 5, 12), null, 400);
        interaction("C", at(10, 20, 12), false, 30);
        warehouse.response("North", at(10, 10, 12), 0, "C");
        // D, a passive: waited 100 s exactly 30 days before responding: within the lookback
        interaction("D", at(9, 20, 12), null, 100);
        warehouse.response("North", at(10, 20, 12), 8, "D");

        // when
        Map<Integer, NpsCount> waits = tallies.byWaitBand(OWN, OCTOBER_1, NOVEMBER_1, LOOKBACK, BANDS)
                .get(Scope.company(OWN));
        Map<Integer, NpsCount> resolution = tallies.byFirstContactResolution(OWN, OCTOBER_1, NOVEMBER_1, LOOKBACK)
                .get(Scope.company(OWN));

        // then 1-5 min: D; 5-15 min: C; first contact resolved: A alone
        assertThat(waits).containsOnlyKeys(1, 2);
        assertThat(waits.get(1)).isEqualTo(new NpsCount(1, 0, 0));
        assertThat(waits.get(2)).isEqualTo(new NpsCount(1, 0, 1));
        assertThat(resolution).containsOnlyKeys(0);
        assertThat(resolution.get(0)).isEqualTo(new NpsCount(1, 1, 0));
    }

    private void interaction(String customer, OffsetDateTime openedAt, Boolean resolved, Integer waitSeconds) {
        warehouse.store(warehouse.interaction().setCustomerId(customer).setOpenedAt(openedAt)
                .setFirstContactResolved(resolved).setWaitSeconds(waitSeconds));
    }
}
