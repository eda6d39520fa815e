package io.waybill.adapters.carriers.ups;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** UPS against the carrier contract, with UPS's own example Track API response. */
class UpsCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new UpsCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/ups-track-response.json");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        // UPS type X (exception) with code SR, "released by the customs agency", 07:13:56 local time in Wayne, NJ (EST in February)
        return List.of(new Expected(Milestone.HELD, "X/SR", OffsetDateTime.parse("2021-02-10T07:13:56-05:00"),
                new Location("UPS 8566", "Wayne", "US", null), null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(); // the example's deliveryDate holds placeholders only
    }

    @Override
    protected String ownTrackingNumber() {
        return "1Z023E2X0214323462";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("128667043726", "0542550913", "9400111899223197428490", "1Z023E2X0214323463", "JD014600006281230987");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return resource("/fixtures/carriers/ups-delivered-journey.json");
    }

    @Override
    protected String unknownCode() {
        return "YY";
    }
}
