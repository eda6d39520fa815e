package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Milestone;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** X12 214 against the carrier contract, with a real 214 whose segment terminator is U+2026. */
class X12StatusMessagesContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new X12StatusMessages(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/x12/ts214-ellipsis-terminator.edi");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        // AT7*AF*NS***20200910*1135*ET: departed pick-up location, 11:35 Eastern = EDT in September; no MS1, so no location
        return List.of(new Expected(Milestone.HANDED_OVER, "AF", OffsetDateTime.parse("2020-09-10T11:35-04:00"), null, null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        OffsetDateTime estimate = OffsetDateTime.parse("2020-09-11T11:59-04:00"); // AT7*AG*NS***20200911*1159*ET
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("0542550913"), estimate, estimate));
    }

    @Override
    protected String ownTrackingNumber() {
        return "0542550913";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9612345123456789012343", "LX123456785DE");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return resource("/fixtures/x12/ts214-journey.edi");
    }

    @Override
    protected String unknownCode() {
        return "ZZ";
    }
}
