package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryReportedDisruptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingAuditTrail;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.shared.ReportedDisruption;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisruptionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryReportedDisruptions store = new InMemoryReportedDisruptions();
    private final MutableClock clock = new MutableClock(NOW);
    private final DelayRules.Disruption storm = new DelayRules.Disruption("DE-Munich", "Storm", NOW, NOW.plus(Duration.ofHours(6)),
            NOW.minus(Duration.ofHours(20)), "simulated weather service");
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final DisruptionService service = new DisruptionService(store, asOf -> List.of(storm), clock, audit);

    @Test
    void aReportIsAuditedByItsIdAndARefusedOneIsNot() {
        ReportedDisruption outage = service.report("DE-Hamburg", "Hub outage", NOW, NOW.plus(Duration.ofHours(8)), "ops-key");
        assertThatThrownBy(() -> service.report("Hamburg", "Hub outage", NOW, NOW.plusSeconds(60), "ops-key"))
                .isInstanceOf(InvalidValueException.class);

        assertThat(audit.changes()).containsExactly(new AuditTrail.Change("disruption.reported", "disruption", outage.id().toString()));
    }

    @Test
    void aReportedDisruptionIsKnownFromWhenItWasReportedAndJoinsTheOutsideSignals() {
        ReportedDisruption outage = service.report("de-Hamburg", "Hub outage", NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(8)), "ops-key");

        assertThat(outage.region()).isEqualTo("DE-Hamburg");
        assertThat(outage.reportedAt()).isEqualTo(NOW);
        assertThat(service.known(NOW.minusSeconds(1))).as("not yet reported").isEmpty();
        assertThat(service.known(NOW)).containsExactly(outage);
        assertThat(service.known(NOW.plus(Duration.ofHours(8)))).as("over").isEmpty();
        assertThat(service.signals().known(NOW)).containsExactly(
                new DelayRules.Disruption("DE-Hamburg", "Hub outage", outage.from(), outage.until(), NOW, "reported by ops-key"),
                storm);
    }

    @Test
    void badReportsAreRefusedSayingWhatIsWrongAndNothingIsStored() {
        Instant later = NOW.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> service.report("Hamburg", "Hub outage", NOW, later, "ops"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("region"))
                .hasMessageContaining("like DE-Hamburg");
        assertThatThrownBy(() -> service.report("DE-Hamburg", " ", NOW, later, "ops"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("what"));
        assertThatThrownBy(() -> service.report("DE-Hamburg", "Hub outage", later, NOW.plusSeconds(60), "ops"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("until"))
                .hasMessageContaining("must be after from");
        assertThatThrownBy(() -> service.report("DE-Hamburg", "Hub outage", NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofHours(1)), "ops"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("until"))
                .hasMessageContaining("is over");
        assertThat(store.all()).isEmpty();
    }
}
