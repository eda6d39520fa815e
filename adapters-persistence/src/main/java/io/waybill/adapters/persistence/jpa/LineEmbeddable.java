package io.waybill.adapters.persistence.jpa;

import jakarta.persistence.Embeddable;

@Embeddable
public class LineEmbeddable {

    public String sku;
    public int quantity;
}
