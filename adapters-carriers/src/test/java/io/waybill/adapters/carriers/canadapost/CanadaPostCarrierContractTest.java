package io.waybill.adapters.carriers.canadapost;

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

/** Canada Post against the carrier contract, with Canada Post's Get Tracking Details example response. */
class CanadaPostCarrierContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new CanadaPostCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/canadapost-tracking-detail.xml");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        Location quebec = new Location(null, "QUEBEC", "CA", null);
        return List.of(
                new Expected(Milestone.DELIVERED, "1496", OffsetDateTime.parse("2011-02-01T07:59:52-05:00"), quebec,
                        new ProofOfDelivery("R GREGOIRE", null, null, null)),
                new Expected(Milestone.HELD, "0173", OffsetDateTime.parse("2011-02-02T06:19:57-05:00"), quebec, null),
                new Expected(Milestone.IN_TRANSIT, "0100", OffsetDateTime.parse("2011-02-02T14:45:48-05:00"), quebec, null),
                new Expected(Milestone.OUT_FOR_DELIVERY, "0174", OffsetDateTime.parse("2011-02-03T08:27:43-05:00"),
                        new Location(null, "SAINTE-FOY", "CA", null), null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of(new EstimatedDelivery(new CarrierTrackingNumber("7023210039414604"), OffsetDateTime.parse("2011-04-05T00:00-04:00"),
                OffsetDateTime.parse("2011-04-05T23:59:59-04:00")));
    }

    @Override
    protected String ownTrackingNumber() {
        return "7023210039414604";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9405511899223197428490", "3645127080", "FQ087430672GB");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return fixture(); // 20, "Signature image recorded for Online viewing", is unmapped on purpose
    }

    @Override
    protected String unknownCode() {
        return "20";
    }
}
