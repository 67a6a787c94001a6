package io.touchstone.kpi;

import static io.touchstone.kpi.ServiceWarehouse.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts' latest responses when several as-of moments are tallied in one query: each as-of
 * sees the latest response at or before it, ties on the moment go to the higher response id, and
 * an as-of tallied beside another gives what it gives alone.
 */
class AccountTalliesTest extends WarehouseTest {

    private static final String OWN = "Northwind";
    private static final OffsetDateTime OCTOBER_1 = at(10, 1, 0);
    private static final OffsetDateTime NOVEMBER_1 = at(11, 1, 0);
    private static final Duration HORIZON = Duration.ofDays(180);
    private static final Map<String, BigDecimal> RATES = Map.of("EUR", BigDecimal.ONE);

    @Autowired
    private AccountTallies tallies;

    private ServiceWarehouse warehouse;

    @BeforeEach
    void warehouse() {
        warehouse = new ServiceWarehouse(dsl);
    }

    @Test
    void eachAsOfSeesTheLatestResponseAtOrBeforeIt() {
        // given A: a promoter in September, a detractor in October
        warehouse.response("North", at(9, 10, 12), 10, "A");
        warehouse.response("North", at(10, 10, 12), 2, "A");
        warehouse.account("A", 1000, "EUR", null);
        // B: a passive in August; the detractor answer of 5 November is after both as-of moments
        warehouse.response("North", at(8, 1, 12), 8, "B");
        warehouse.response("North", at(11, 5, 12), 1, "B");
        warehouse.account("B", 2000, "EUR", null);
        // C: two answers at the same moment (ids R7, R8): the higher id, a detractor, is the latest
        warehouse.response("North", at(9, 20, 12), 10, "C");
        warehouse.response("North", at(9, 20, 12), 0, "C");
        warehouse.account("C", 4000, "EUR", null);
        // exactly at the as-of of 1 October: D's promoter answer counts on that day
        warehouse.response("North", OCTOBER_1, 9, "D");
        warehouse.account("D", 8000, "EUR", null);

        // when
        Map<OffsetDateTime, Map<Scope, Map<NpsGroup, ChurnTally>>> both =
                tallies.tally(OWN, List.of(OCTOBER_1, NOVEMBER_1), HORIZON, RATES);

        // then as of 1 October: A and D promoters, B passive, C detractor
        Map<NpsGroup, ChurnTally> october = both.get(OCTOBER_1).get(Scope.company(OWN));
        assertThat(october.get(NpsGroup.PROMOTER).activeAccounts()).isEqualTo(2);
        assertThat(october.get(NpsGroup.PROMOTER).activeRevenue()).isEqualTo(9000.0);
        assertThat(october.get(NpsGroup.PASSIVE).activeRevenue()).isEqualTo(2000.0);
        assertThat(october.get(NpsGroup.DETRACTOR).activeRevenue()).isEqualTo(4000.0);
        // as of 1 November: A has turned detractor
        Map<NpsGroup, ChurnTally> november = both.get(NOVEMBER_1).get(Scope.company(OWN));
        assertThat(november.get(NpsGroup.PROMOTER).activeRevenue()).isEqualTo(8000.0);
        assertThat(november.get(NpsGroup.PASSIVE).activeRevenue()).isEqualTo(2000.0);
        assertThat(november.get(NpsGroup.DETRACTOR).activeAccounts()).isEqualTo(2);
        assertThat(november.get(NpsGroup.DETRACTOR).activeRevenue()).isEqualTo(5000.0);
        // and each as-of alone gives the same tallies
        assertThat(tallies.tally(OWN, List.of(OCTOBER_1), HORIZON, RATES).get(OCTOBER_1))
                .isEqualTo(both.get(OCTOBER_1));
        assertThat(tallies.tally(OWN, List.of(NOVEMBER_1), HORIZON, RATES).get(NOVEMBER_1))
                .isEqualTo(both.get(NOVEMBER_1));
    }

    @Test
    void anAsOfWithNoLinkedAccountHasNoTallies() {
        // given a response after the earlier as-of only
        warehouse.response("North", at(10, 10, 12), 10, "A");
        warehouse.account("A", 1000, "EUR", null);

        // when
        var both = tallies.tally(OWN, List.of(OCTOBER_1, NOVEMBER_1), HORIZON, RATES);

        // then
        assertThat(both.get(OCTOBER_1)).isEmpty();
        assertThat(both.get(NOVEMBER_1).get(Scope.company(OWN))).containsOnlyKeys(NpsGroup.PROMOTER);
    }
}
