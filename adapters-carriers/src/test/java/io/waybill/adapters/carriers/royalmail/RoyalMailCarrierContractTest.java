package io.waybill.adapters.carriers.royalmail;

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

/**
 * Royal Mail against the carrier contract, with Royal Mail's own example response of the Tracking API V2 events
 * operation ({@code royalmail-track-response.json}, see fixtures/carriers/SOURCES.md). Its only event has a known
 * code, so the unknown code comes from the hand-written delivered journey.
 */
class RoyalMailCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    static byte[] journey() {
        return resource("/fixtures/carriers/royalmail-delivered-journey.json");
    }

    @Override
    protected CarrierAdapter adapter() {
        return new RoyalMailCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/royalmail-track-response.json");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        // EVNMI "Forwarded - Mis-sort" at 10:04 BST, offset as Royal Mail sent it; a domestic item (GBR to GBR), so GB
        return List.of(new Expected(Milestone.IN_TRANSIT, "EVNMI", OffsetDateTime.parse("2016-10-20T10:04:00+01:00"),
                new Location("Stafford DO", null, "GB", null), null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("090367574000000FE1E1B"),
                OffsetDateTime.parse("2017-02-20T08:00:00+01:00"), OffsetDateTime.parse("2017-02-20T11:00:00+01:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "FQ087430672GB"; // the example's 1D barcode
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9405511899223197428490", "3645127080", "0542550913",
                "FQ087430673GB", "AA123456789US");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return journey();
    }

    @Override
    protected String unknownCode() {
        return "EVGMI";
    }
}
