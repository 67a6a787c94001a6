package io.touchstone.kpi;

import static io.touchstone.kpi.ServiceWarehouse.at;
import static io.touchstone.reports.model.ScopeNames.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.WarehouseTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cube of the response tallies, built from per-cell counts: every scope adds up its cells, and
 * a range without responses has its one all-scope row of zeros, as a cube over no row has.
 */
class ResponseTalliesTest extends WarehouseTest {

    @Autowired
    private ResponseTallies tallies;

    private ServiceWarehouse warehouse;

    @BeforeEach
    void warehouse() {
        warehouse = new ServiceWarehouse(dsl);
    }

    @Test
    void everyScopeAddsUpItsCells() {
        // given North: a promoter and a detractor; South: a passive; one response in November
        warehouse.response("North", at(10, 2, 12), 10, "A");
        warehouse.response("North", at(10, 3, 12), 2, null);
        warehouse.response("South", at(10, 4, 12), 8, "B");
        warehouse.response("South", at(11, 4, 12), 0, "C");

        // when
        Map<Scope, ScopeTally> october = byScope(tallies.tally(at(10, 1, 0), at(11, 1, 0)));

        // then the cube: brand × region × touchpoint, each also ALL (one brand, one touchpoint here)
        assertThat(october).hasSize(2 * 3 * 2);
        ScopeTally company = october.get(new Scope(ALL, ALL, ALL));
        assertThat(company).isEqualTo(new ScopeTally(new Scope(ALL, ALL, ALL), 3, 3, 1, 1, 0, 0, 0, 0, 0));
        assertThat(october.get(new Scope("Northwind", "North", "Store")))
                .isEqualTo(new ScopeTally(new Scope("Northwind", "North", "Store"), 2, 2, 1, 1, 0, 0, 0, 0, 0));
        assertThat(october.get(new Scope(ALL, "South", ALL)).responses()).isEqualTo(1);
    }

    @Test
    void aRangeWithoutResponsesHasOneAllScopeRowOfZeros() {
        // given
        warehouse.response("North", at(10, 2, 12), 10, "A");

        // when
        List<ScopeTally> september = tallies.tally(at(9, 1, 0), at(10, 1, 0));

        // then
        assertThat(september).containsExactly(new ScopeTally(new Scope(ALL, ALL, ALL), 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static Map<Scope, ScopeTally> byScope(List<ScopeTally> tallies) {
        return tallies.stream().collect(Collectors.toMap(ScopeTally::scope, Function.identity()));
    }
}
