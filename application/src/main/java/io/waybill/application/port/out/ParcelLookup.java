package io.waybill.application.port.out;

import io.waybill.application.port.out.Shipments.CarrierReference;
import java.util.Collection;
import java.util.Map;

/** Finds the tenant's shipments by the codes of their parcels: a barcode or an RFID EPC, as packed. */
public interface ParcelLookup {

    /** Code to the shipment holding a parcel with that barcode or EPC, for the codes that name one. */
    Map<String, CarrierReference> shipmentsOf(Collection<String> parcelCodes);
}
