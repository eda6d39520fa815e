package io.waybill.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AtRiskSearchTest {

    @Test
    void sortsAreNamedAsOnTheWireAndAnUnknownOneListsTheKnownOnes() {
        assertThat(AtRiskSearch.Sort.parse(null)).isEqualTo(AtRiskSearch.Sort.LEAD_TIME);
        assertThat(AtRiskSearch.Sort.parse("-leadTime")).isEqualTo(AtRiskSearch.Sort.LEAD_TIME_DESCENDING);
        assertThat(AtRiskSearch.Sort.parse("firstdetected")).isEqualTo(AtRiskSearch.Sort.FIRST_DETECTED);
        assertThat(AtRiskSearch.Sort.parse("eta")).isEqualTo(AtRiskSearch.Sort.ETA);
        assertThatThrownBy(() -> AtRiskSearch.Sort.parse("risk"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sort"))
                .hasMessage("sort: 'risk' is not one of leadTime, -leadTime, promise, firstDetected, -firstDetected, eta");
    }

    @Test
    void levelsStartAtLowAndStatusesAreShipmentStatuses() {
        assertThat(AtRiskSearch.level("")).isEqualTo(DelayRisk.Level.MEDIUM);
        assertThat(AtRiskSearch.level("high")).isEqualTo(DelayRisk.Level.HIGH);
        assertThatThrownBy(() -> AtRiskSearch.level("NONE")).hasMessage("level: 'NONE' is not one of [LOW, MEDIUM, HIGH]");
        assertThat(AtRiskSearch.status("in_transit")).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(AtRiskSearch.status(null)).isNull();
        assertThatThrownBy(() -> AtRiskSearch.status("LATE")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("status")).hasMessageContaining("IN_TRANSIT");
    }

    @Test
    void pagesHoldOneToFiveHundredAndSayWhetherThereIsMore() {
        assertThatThrownBy(() -> new AtRiskSearch.Query(null, null, null, null, null, null, 0, 501)).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> new AtRiskSearch.Query(null, null, null, null, null, null, -1, 50)).hasMessageStartingWith("page:");
        AtRiskSearch.Query query = new AtRiskSearch.Query(null, null, null, null, null, null, 2, 10);
        assertThat(query.minimumLevel()).isEqualTo(DelayRisk.Level.MEDIUM);
        assertThat(query.sort()).isEqualTo(AtRiskSearch.Sort.LEAD_TIME);
        assertThat(query.offset()).isEqualTo(20);
        AtRiskSearch.Page middle = new AtRiskSearch.Page(java.util.List.of(), 1, 10, 25);
        assertThat(middle.hasNext()).isTrue();
        assertThat(middle.hasPrevious()).isTrue();
        AtRiskSearch.Page last = new AtRiskSearch.Page(java.util.List.of(), 2, 10, 25);
        assertThat(last.hasNext()).isFalse();
    }
}
