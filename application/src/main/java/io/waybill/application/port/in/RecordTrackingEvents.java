package io.waybill.application.port.in;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.util.List;

/** Records what carriers and devices report about shipments, in batches. */
public interface RecordTrackingEvents {

    /** One outcome per event, in the order given. Accepted events are stored even when others are rejected. */
    List<EventOutcome> recordTracking(List<Event> events);

    /**
     * An event about a shipment, named by the carrier's tracking number (with the carrier), or by the
     * Waybill tracking ID (enough for an order with a single shipment).
     */
    record Event(TrackingId trackingId, CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, TrackingEvent event) {

        public Event {
            InvalidValueException.required(event, "event");
            if (trackingId == null && carrierTrackingNumber == null) {
                throw new InvalidValueException("shipment", "name the shipment by carrierTrackingNumber or trackingId");
            }
            if (!event.milestone().isCarrierMilestone()) {
                throw new InvalidValueException("milestone", event.milestone() + " is not a carrier milestone");
            }
        }
    }
}
