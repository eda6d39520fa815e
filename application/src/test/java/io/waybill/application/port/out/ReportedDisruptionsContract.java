package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.ReportedDisruption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReportedDisruptions} store must do: a disruption is known from when it was reported (not from
 * when it starts: nobody could have known it earlier) until it is over. Run against the in-memory fake and the
 * PostgreSQL adapter. Other tests may have stored disruptions too: each test looks only at its own.
 */
public abstract class ReportedDisruptionsContract implements InDefaultTenant {

    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract ReportedDisruptions disruptions();

    @Test
    void aDisruptionIsKnownFromItsReportUntilItIsOver() {
        // reported an hour before it starts, over six hours after it started
        ReportedDisruption storm = disruption("DE-Hamburg", at(1), at(7), at(0));
        disruptions().add(storm);

        assertThat(known(at(0).minusSeconds(1), storm)).as("not yet reported").isEmpty();
        assertThat(known(at(0), storm)).as("reported, not yet started: known").containsExactly(storm);
        assertThat(known(at(7).minusSeconds(1), storm)).containsExactly(storm);
        assertThat(known(at(7), storm)).as("over").isEmpty();
    }

    @Test
    void aDisruptionReportedLateIsUnknownBeforeItsReportEvenWhileItLasted() {
        ReportedDisruption outage = disruption("FR-Lyon", at(0), at(10), at(4));
        ReportedDisruption strike = disruption("FR-Paris", at(2), at(6), at(1));
        disruptions().add(outage);
        disruptions().add(strike);

        assertThat(known(at(3), outage, strike)).containsExactly(strike);
        assertThat(known(at(5), outage, strike)).containsExactlyInAnyOrder(outage, strike);
        assertThat(known(at(8), outage, strike)).containsExactly(outage);
    }

    /** Those of {@code mine} the store knows at {@code asOf}, whatever else other tests stored. */
    private List<ReportedDisruption> known(Instant asOf, ReportedDisruption... mine) {
        Set<UUID> ids = Stream.of(mine).map(ReportedDisruption::id).collect(Collectors.toSet());
        return disruptions().known(asOf).stream().filter(d -> ids.contains(d.id())).toList();
    }

    private static ReportedDisruption disruption(String region, Instant from, Instant until, Instant reportedAt) {
        return new ReportedDisruption(UUID.randomUUID(), region, "contract test", from, until, reportedAt, "ops-key");
    }

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }
}
