package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * DHL against the carrier contract. README: the fixture {@code dhl-delivered-journey.json} is hand-written from
 * the public DHL Shipment Tracking – Unified API schema (see fixtures/carriers/SOURCES.md), not a captured DHL
 * response.
 */
class DhlCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    static byte[] journey() {
        return resource("/fixtures/carriers/dhl-delivered-journey.json");
    }

    @Override
    protected CarrierAdapter adapter() {
        return new DhlCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return journey();
    }

    @Override
    protected List<Expected> expectedTimeline() {
        Location berlin = new Location(null, "BERLIN - GERMANY", "DE", null);
        Location chicago = new Location(null, "CHICAGO", "US", null);
        return List.of(
                // local times in Germany: CET
                new Expected(Milestone.IN_TRANSIT, "transit", OffsetDateTime.parse("2025-03-11T16:30:00+01:00"), berlin, null),
                new Expected(Milestone.IN_TRANSIT, "transit", OffsetDateTime.parse("2025-03-11T22:15:00+01:00"),
                        new Location(null, "LEIPZIG - GERMANY", "DE", null), null),
                // Ohio from "CINCINNATI HUB, OH, US": EDT since 9 March
                new Expected(Milestone.HELD, "failure", OffsetDateTime.parse("2025-03-12T09:00:00-04:00"),
                        new Location(null, "CINCINNATI HUB", "US", null), null),
                // offset given by DHL, kept
                new Expected(Milestone.IN_TRANSIT, "transit", OffsetDateTime.parse("2025-03-12T18:40:00-04:00"),
                        new Location(null, "CINCINNATI HUB", "US", null), null),
                // Illinois from "CHICAGO, IL": CDT
                new Expected(Milestone.IN_TRANSIT, "transit", OffsetDateTime.parse("2025-03-14T07:42:00-05:00"), chicago, null),
                new Expected(Milestone.DELIVERED, "delivered", OffsetDateTime.parse("2025-03-14T11:05:00-05:00"), chicago,
                        new ProofOfDelivery("J. DOE", "https://webpod.dhl.com/webPOD/DHLePODRequest?awb=3645127080", null, null)));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("3645127080"),
                OffsetDateTime.parse("2025-03-14T09:00:00-05:00"), OffsetDateTime.parse("2025-03-14T18:00:00-05:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "3645127080";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9405511899223197428490", "3645127081", "0542550913");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return journey();
    }

    @Override
    protected String unknownCode() {
        return "unknown";
    }
}
