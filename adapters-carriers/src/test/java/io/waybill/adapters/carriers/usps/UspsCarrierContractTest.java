package io.waybill.adapters.carriers.usps;

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
 * USPS against the carrier contract. README: the fixture {@code usps-delivered-journey.json} is hand-written from
 * the public USPS Tracking API v3 schema (see fixtures/carriers/SOURCES.md), not a captured USPS response.
 */
class UspsCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new UspsCarrier(CLOCK);
    }

    static byte[] resourceBytes() {
        return resource("/fixtures/carriers/usps-delivered-journey.json");
    }

    @Override
    protected byte[] fixture() {
        return resourceBytes();
    }

    @Override
    protected List<Expected> expectedTimeline() {
        Location denver = new Location("USPS 80202", "DENVER", "US", null);
        return List.of(
                // no offset, no GMT fields: California's zone (PDT on 1 November)
                new Expected(Milestone.HANDED_OVER, "03", OffsetDateTime.parse("2024-11-01T16:20:00-07:00"),
                        new Location("USPS 95813", "SACRAMENTO", "US", null), null),
                new Expected(Milestone.IN_TRANSIT, "10", OffsetDateTime.parse("2024-11-01T23:58:00-07:00"),
                        new Location("USPS 95799", "WEST SACRAMENTO CA DISTRIBUTION CENTER", "US", null), null),
                // offset derived from eventTimestamp vs GMTTimestamp: MDT, the night before DST ended
                new Expected(Milestone.IN_TRANSIT, "10", OffsetDateTime.parse("2024-11-02T22:45:00-06:00"),
                        new Location("USPS 80266", "DENVER CO DISTRIBUTION CENTER", "US", null), null),
                // GMTOffset given
                new Expected(Milestone.IN_TRANSIT, "07", OffsetDateTime.parse("2024-11-04T05:32:00-07:00"), denver, null),
                // offset in the timestamp itself
                new Expected(Milestone.OUT_FOR_DELIVERY, "OF", OffsetDateTime.parse("2024-11-04T07:10:00-07:00"), denver, null),
                // Colorado's zone, MST after 3 November
                new Expected(Milestone.DELIVERED, "01", OffsetDateTime.parse("2024-11-04T14:12:00-07:00"), denver,
                        new ProofOfDelivery("JANE DOE", null, null, null)));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("9405511899223197428490"), null,
                OffsetDateTime.parse("2024-11-04T21:00:00-07:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "9405511899223197428490";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "3645127080", "9405511899223197428491", "JJD000390007883091",
                "961234567890123456789012");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return fixture();
    }

    @Override
    protected String unknownCode() {
        return "MA";
    }
}
