package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/** One physical parcel of a shipment, identified by its barcode and/or its RFID EPC (at least one). */
public record Parcel(String barcode, String epc) implements ValueObject {

    public Parcel {
        barcode = InvalidValueException.optionalText(barcode, "parcel.barcode", 64);
        epc = InvalidValueException.optionalText(epc, "parcel.epc", 128);
        if (barcode == null && epc == null) {
            throw new InvalidValueException("parcel", "needs a barcode or an RFID EPC");
        }
    }
}
