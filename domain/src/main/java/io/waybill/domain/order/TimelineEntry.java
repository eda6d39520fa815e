package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A tracking event as recorded on an order: for the order as a whole ({@code shipment} null) or for one
 * of its shipments. A PACKED entry carries the manifest of the shipment it creates.
 */
public record TimelineEntry(TrackingEvent event, ShipmentId shipment, PackingManifest manifest) implements ValueObject {

    public TimelineEntry {
        InvalidValueException.required(event, "event");
        boolean shipmentScope = event.milestone().scope() == Milestone.Scope.SHIPMENT;
        if (shipmentScope != (shipment != null)) {
            throw new InvalidValueException("shipment", event.milestone() + (shipmentScope
                    ? " applies to a shipment: name the shipment" : " applies to the whole order, not to a shipment"));
        }
        if ((event.milestone() == Milestone.PACKED) != (manifest != null)) {
            throw new InvalidValueException("manifest", "a PACKED event, and only a PACKED event, carries a packing manifest");
        }
    }
}
