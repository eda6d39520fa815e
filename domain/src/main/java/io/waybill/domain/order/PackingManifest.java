package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What the warehouse packed into one shipment and whom it hands it to: carrier, the carrier's tracking
 * number, the parcels and the order lines (or parts of lines) inside. Carried by a PACKED event.
 */
public record PackingManifest(CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, List<Parcel> parcels,
        List<OrderLine> lines) implements ValueObject {

    public PackingManifest {
        InvalidValueException.required(carrier, "carrier");
        InvalidValueException.required(carrierTrackingNumber, "carrierTrackingNumber");
        parcels = List.copyOf(InvalidValueException.required(parcels, "parcels"));
        lines = List.copyOf(InvalidValueException.required(lines, "lines"));
        if (parcels.isEmpty()) {
            throw new InvalidValueException("parcels", "a shipment has at least one parcel");
        }
        if (lines.isEmpty()) {
            throw new InvalidValueException("lines", "a shipment contains at least one order line");
        }
    }
}
