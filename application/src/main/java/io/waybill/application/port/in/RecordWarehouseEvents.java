package io.waybill.application.port.in;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.util.List;

/** Records what a warehouse reports: allocation (or its failure), picking, packing into shipments. */
public interface RecordWarehouseEvents {

    /** One outcome per event, in the order given. Accepted events are stored even when others are rejected. */
    List<EventOutcome> record(List<Event> events);

    /** An event about an order, named by its id or by its order number; PACKED events carry the manifest. */
    record Event(OrderId order, String orderNumber, TrackingEvent event, PackingManifest manifest) {

        public Event {
            InvalidValueException.required(event, "event");
            if (order == null && (orderNumber == null || orderNumber.isBlank())) {
                throw new InvalidValueException("order", "name the order by orderId or orderNumber");
            }
            if (event.key().source().type() != SourceType.WMS) {
                throw new InvalidValueException("source.type", "warehouse events come from a WMS source");
            }
            if (!event.milestone().isWarehouseMilestone()) {
                throw new InvalidValueException("milestone", event.milestone()
                        + " is not a warehouse milestone (ALLOCATED, ALLOCATION_FAILED, PICKED, PACKED)");
            }
        }
    }
}
