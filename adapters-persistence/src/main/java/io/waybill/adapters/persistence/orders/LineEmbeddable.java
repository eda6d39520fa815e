package io.waybill.adapters.persistence.orders;

import jakarta.persistence.Embeddable;

@Embeddable
public class LineEmbeddable {

    public String sku;
    public int quantity;
}
