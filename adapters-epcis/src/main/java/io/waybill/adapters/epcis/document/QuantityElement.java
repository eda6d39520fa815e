package io.waybill.adapters.epcis.document;

import java.math.BigDecimal;

/** An amount of a class of objects (a GTIN and lot, say); {@code quantity} and {@code uom} may be absent (null). */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
}
