package io.waybill.adapters.carriers.edifact;

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

/** EDIFACT IFTSTA against the carrier contract: a parcel's journey (D.96A), and a real ocean carrier's D.99B report. */
class IftstaStatusMessagesContractTest extends CarrierAdapterContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Location HAMBURG = new Location("DEHAM HAMBURG", "HAMBURG", "DE", null);
    private static final Location MUNICH = new Location("DEMUC MUENCHEN", "MUENCHEN", "DE", null);

    @Override
    protected CarrierAdapter adapter() {
        return new IftstaStatusMessages(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/edifact/iftsta-journey.edi");
    }

    @Override
    protected List<Expected> expectedTimeline() {
        // 203 times are local to the LOC's country (Germany: CET in January); the 303 one carries its own +01
        return List.of(new Expected(Milestone.HANDED_OVER, "13", OffsetDateTime.parse("2026-01-14T17:30+01:00"), HAMBURG, null),
                new Expected(Milestone.IN_TRANSIT, "24", OffsetDateTime.parse("2026-01-14T22:10+01:00"), HAMBURG, null),
                new Expected(Milestone.IN_TRANSIT, "1", OffsetDateTime.parse("2026-01-15T06:40+01:00"), MUNICH, null),
                new Expected(Milestone.DELIVERED, "21", OffsetDateTime.parse("2026-01-15T10:12+01:00"), MUNICH, null));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of();
    }

    @Override
    protected String ownTrackingNumber() {
        return "MAEU123456789";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9612345123456789012343", "LX123456785DE", "0542550913");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return resource("/fixtures/edifact/iftsta-d99b-edidom.edi");
    }

    @Override
    protected String unknownCode() {
        return "VD";
    }
}
