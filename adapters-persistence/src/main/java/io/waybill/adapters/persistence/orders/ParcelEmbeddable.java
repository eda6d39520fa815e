package io.waybill.adapters.persistence.orders;

import jakarta.persistence.Embeddable;

@Embeddable
public class ParcelEmbeddable {

    public String barcode;
    public String epc;
}
