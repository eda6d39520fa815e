package io.waybill.adapters.persistence.predictions;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The learned model on a real PostgreSQL: it survives a restart. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcLearnedStatisticsTest implements InDefaultTenant {

    @Inject
    JdbcLearnedStatistics jdbcLearnedStatistics;

    @Test
    void theLearnedModelSurvivesARestartWithItsP20AndItsCalibration() {
        String carrier = "restart" + ThreadLocalRandom.current().nextInt(1_000_000);
        Lane lane = new Lane(carrier, "standard", "DE-Berlin", "DE-Munich");
        Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
        TransitStatistics learned = new TransitStatistics();
        List<TransitStatistics.Touched> touched = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Instant at = t0.plus(Duration.ofMinutes(97L * i));
            // later and later deliveries: the calibration widens the P90
            Instant delivered = at.plus(Duration.ofHours(20 + i / 4)).plus(Duration.ofMinutes(i % 50));
            // the carrier promised 20 h: its estimates come out later and later too
            touched.addAll(learned.learn(carrier, "standard", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    delivered, Optional.of(at.plus(Duration.ofHours(20)))));
        }
        jdbcLearnedStatistics.save(touched, learned.calibrations());

        TransitStatistics restarted = new TransitStatistics();
        jdbcLearnedStatistics.loadInto(restarted);

        Instant probe = t0.plus(Duration.ofDays(20));
        TransitStatistics.Found before = learned.lookup(lane, Stage.IN_TRANSIT, probe).orElseThrow();
        TransitStatistics.Found after = restarted.lookup(lane, Stage.IN_TRANSIT, probe).orElseThrow();
        assertThat(after.p20()).isEqualTo(before.p20());
        assertThat(after.p50()).isEqualTo(before.p50());
        assertThat(after.p90()).as("with the calibrated widening").isEqualTo(before.p90());
        assertThat(restarted.calibrations()).filteredOn(c -> c.carrier().equals(carrier))
                .containsExactlyElementsOf(learned.calibrations());
        assertThat(before.p90()).as("the calibration did widen it").isGreaterThan(before.cell().p90());
        TransitStatistics.Cell errors = learned.estimateErrors(lane).orElseThrow();
        assertThat(restarted.estimateErrors(lane)).as("and how wrong the carrier's estimates were")
                .hasValueSatisfying(restored -> {
                    assertThat(restored.count()).isEqualTo(errors.count());
                    assertThat(restored.p50()).isEqualTo(errors.p50());
                    assertThat(restored.p90()).isEqualTo(errors.p90());
                });
    }
}
