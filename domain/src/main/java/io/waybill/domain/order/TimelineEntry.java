package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A tracking event as recorded on an order: for the order as a whole ({@code shipment} null) or for one
 * of its shipments. A PACKED entry carries the manifest of the shipment it creates. A retracted entry
 * ({@code retraction} not null: its source declared the event wrong) stays on the timeline but moves no
 * status; a retraction is never undone.
 */
public record TimelineEntry(TrackingEvent event, ShipmentId shipment, PackingManifest manifest, Retraction retraction)
        implements ValueObject {

    /** When and why an entry was taken back: {@code reason} says who declared it wrong and why, for the timeline's note. */
    public record Retraction(Instant at, String reason) implements ValueObject {

        public static final int MAX_REASON = 256;

        public Retraction {
            InvalidValueException.required(at, "retractedAt");
            reason = InvalidValueException.requiredText(reason, "retractionReason", MAX_REASON);
        }
    }

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

    /** An entry that stands (not retracted). */
    public TimelineEntry(TrackingEvent event, ShipmentId shipment, PackingManifest manifest) {
        this(event, shipment, manifest, null);
    }

    public boolean retracted() {
        return retraction != null;
    }

    /** This entry, taken back. */
    TimelineEntry retractedBy(Retraction taken) {
        return new TimelineEntry(event, shipment, manifest, InvalidValueException.required(taken, "retraction"));
    }
}
