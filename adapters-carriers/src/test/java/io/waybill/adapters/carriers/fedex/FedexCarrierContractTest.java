package io.waybill.adapters.carriers.fedex;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** FedEx against the carrier contract, with FedEx's example Track API response. */
class FedexCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new FedexCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/fedex-track-response.json");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        return List.of(new Expected(Milestone.HANDED_OVER, "PU", OffsetDateTime.parse("2018-02-02T12:01:00-07:00"),
                new Location("FedEx SEA", "SEATTLE", "US", null), null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        // "begins" has no offset: read in the destination's zone (Seattle, WA: PDT on 1 October); "ends" keeps its own
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("128667043726"),
                OffsetDateTime.parse("2021-10-01T08:00:00-07:00"), OffsetDateTime.parse("2021-10-15T00:00:00-06:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "128667043726";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043727", "0542550913", "JJD000390007883091", "LX123456785DE");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return resource("/fixtures/carriers/fedex-delivered-journey.json");
    }

    @Override
    protected String unknownCode() {
        return "QQ";
    }
}
