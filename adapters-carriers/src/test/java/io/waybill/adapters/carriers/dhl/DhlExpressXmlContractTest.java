package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapterContract;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The {@code dhl} adapter against the carrier contract with DHL Express's XML Services example tracking response. */
class DhlExpressXmlContractTest extends CarrierAdapterContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Override
    protected CarrierAdapter adapter() {
        return new DhlCarrier(CLOCK);
    }

    @Override
    protected byte[] fixture() {
        return resource("/fixtures/carriers/dhl-express-tracking-response.xml");
    }

    private static Expected at(Milestone milestone, String code, String time, String area, String city, String country) {
        return new Expected(milestone, code, OffsetDateTime.parse(time), new Location("DHL " + area, city, country, null), null);
    }

    @Override
    protected List<Expected> expectedTimeline() {
        return List.of(
                at(Milestone.HANDED_OVER, "PU", "2009-08-13T23:58+08:00", "HKG", "Hong Kong", "HK"),
                at(Milestone.HANDED_OVER, "PU", "2009-08-26T10:00+08:00", "SIN", "Singapore", "SG"),
                at(Milestone.HANDED_OVER, "PU", "2009-08-28T13:26+02:00", "BCN", "Barcelona", "ES"),
                at(Milestone.IN_TRANSIT, "PO", "2009-08-28T19:27+02:00", "BCN", "Barcelona", "ES"),
                at(Milestone.IN_TRANSIT, "PL", "2009-08-28T20:39:01+02:00", "BCN", "Barcelona", "ES"),
                at(Milestone.IN_TRANSIT, "AF", "2009-08-28T21:17:57+02:00", "BCN", "Barcelona", "ES"),
                at(Milestone.IN_TRANSIT, "DF", "2009-08-28T22:01+02:00", "BCN", "Barcelona", "ES"),
                at(Milestone.IN_TRANSIT, "AF", "2009-08-29T00:32:16+02:00", "LEJ", "Leipzig", "DE"),
                at(Milestone.IN_TRANSIT, "PL", "2009-08-29T01:05:03+02:00", "LEJ", "Leipzig", "DE"),
                at(Milestone.IN_TRANSIT, "DF", "2009-08-29T05:52:19+02:00", "LEJ", "Leipzig", "DE"),
                at(Milestone.IN_TRANSIT, "AF", "2009-08-30T19:43:22+02:00", "BGY", "Bergamo", "IT"),
                at(Milestone.IN_TRANSIT, "PL", "2009-08-30T23:30+02:00", "BGY", "Bergamo", "IT"),
                at(Milestone.IN_TRANSIT, "DF", "2009-08-31T02:06+02:00", "BGY", "Bergamo", "IT"),
                at(Milestone.IN_TRANSIT, "DF", "2009-08-31T06:23+02:00", "MIL", "Milan", "IT"),
                at(Milestone.IN_TRANSIT, "AR", "2009-08-31T08:59+02:00", "MIL", "Milan", "IT"),
                at(Milestone.OUT_FOR_DELIVERY, "WC", "2009-08-31T09:19+02:00", "MIL", "Milan", "IT"),
                new Expected(Milestone.DELIVERED, "OK", OffsetDateTime.parse("2009-08-31T10:09+02:00"),
                        new Location("DHL MIL", "Milan", "IT", null), new ProofOfDelivery("CAMPAGNA", null, null, null)));
    }

    @Override
    protected List<EstimatedDelivery> expectedEstimatedDeliveries() {
        return List.of();
    }

    @Override
    protected String ownTrackingNumber() {
        return "3180831640";
    }

    @Override
    protected List<String> otherCarriersNumbers() {
        return List.of("1Z023E2X0214323462", "128667043726", "9405511899223197428490", "FQ087430672GB", "7023210039414604");
    }

    @Override
    protected byte[] payloadWithUnknownCode() {
        return fixture(); // RW has no description in DHL's example and is not in the table
    }

    @Override
    protected String unknownCode() {
        return "RW";
    }
}
