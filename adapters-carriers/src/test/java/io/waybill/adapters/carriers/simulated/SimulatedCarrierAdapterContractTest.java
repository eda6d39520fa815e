package io.waybill.adapters.carriers.simulated;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Waybill's adapter for the simulated carrier passes the same contract as the real carriers' adapters. */
class SimulatedCarrierAdapterContractTest extends CarrierAdapterContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final Location MUNICH_HUB = new Location("SIM Hub Munich", "Munich", "DE", new GeoPoint(48.1351, 11.582));

    @Override
    protected CarrierAdapter adapter() {
        return new SimulatedCarrierAdapter(new CarrierCode("sim"), CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/sim-track-response.json");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        return List.of(
                new Expected(Milestone.HANDED_OVER, "PU", OffsetDateTime.parse("2026-11-25T16:05:00+01:00"),
                        new Location("SIM Hub Berlin", "Berlin", "DE", new GeoPoint(52.52, 13.405)), null),
                new Expected(Milestone.IN_TRANSIT, "AR", OffsetDateTime.parse("2026-11-25T22:40:00+01:00"), MUNICH_HUB, null),
                new Expected(Milestone.OUT_FOR_DELIVERY, "OD", OffsetDateTime.parse("2026-11-26T07:41:00+01:00"), MUNICH_HUB, null),
                new Expected(Milestone.DELIVERED, "DL", OffsetDateTime.parse("2026-11-26T11:02:00+01:00"),
                        new Location(null, "Munich", "DE", null),
                        new ProofOfDelivery("A. Becker", "sim://signatures/SIM000000000042", null, new GeoPoint(48.15, 11.6))));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("SIM000000000042"),
                OffsetDateTime.parse("2026-11-26T08:00:00+01:00"), OffsetDateTime.parse("2026-11-26T18:00:00+01:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "SIM000000000042";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9400111899223197428490", "SIM00000000004", "SIMA00000000042");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return resource("/fixtures/carriers/sim-unknown-code.json");
    }

    @Override
    protected String unknownCode() {
        return "ZZ";
    }
}
