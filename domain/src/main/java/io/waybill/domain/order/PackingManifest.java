package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What the warehouse packed into one shipment and whom it hands it to: carrier, the carrier's tracking
 * number, the parcels and the order lines (or parts of lines) inside, and the service it was booked with
 * ({@link ServiceLevel#STANDARD} when the warehouse names none). Carried by a PACKED event.
 */
public record PackingManifest(CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, List<Parcel> parcels,
        List<OrderLine> lines, ServiceLevel service) implements ValueObject {

    /** A shipment booked with the carrier's standard service. */
    public PackingManifest(CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, List<Parcel> parcels,
            List<OrderLine> lines) {
        this(carrier, carrierTrackingNumber, parcels, lines, ServiceLevel.STANDARD);
    }

    public PackingManifest {
        InvalidValueException.required(carrier, "carrier");
        service = service == null ? ServiceLevel.STANDARD : service;
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
