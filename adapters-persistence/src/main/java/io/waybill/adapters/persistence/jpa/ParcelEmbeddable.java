package io.waybill.adapters.persistence.jpa;

import jakarta.persistence.Embeddable;

@Embeddable
public class ParcelEmbeddable {

    public String barcode;
    public String epc;
}
