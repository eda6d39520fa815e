package io.waybill.application.shared;

import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one payload in a carrier's own format (a webhook body, an EDI interchange) said: its events, the reports that
 * could not become events (kept, never dropped silently), the delivery windows it gave as given, the estimates among
 * them that Waybill keeps (the latest per tracking number, in plausible years), and warnings about skipped parts.
 */
public record CarrierPayload(List<Scan> events, List<Unmapped> unmapped, List<DeliveryWindow> deliveryWindows,
        List<CarrierEstimate> estimates, List<String> warnings) {

    public CarrierPayload {
        events = List.copyOf(events);
        unmapped = List.copyOf(unmapped);
        deliveryWindows = List.copyOf(deliveryWindows);
        estimates = List.copyOf(estimates);
        warnings = List.copyOf(warnings);
    }

    /** One event the carrier reported about one of its shipments. */
    public record Scan(CarrierTrackingNumber number, TrackingEvent event) {
    }

    /**
     * A status report that did not become an event, usually a code the carrier's status table does not know.
     * {@code occurredAt} is null when its time could not be placed, {@code rawText} when the carrier gave none.
     */
    public record Unmapped(CarrierTrackingNumber trackingNumber, String rawCode, String rawText, OffsetDateTime occurredAt,
            String why) {
    }

    /** When the carrier expects to deliver, as it said it: a window, or one end of it. */
    public record DeliveryWindow(CarrierTrackingNumber trackingNumber, OffsetDateTime earliest, OffsetDateTime latest) {
    }
}
