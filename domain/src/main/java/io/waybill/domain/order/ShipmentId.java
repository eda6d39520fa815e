package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/**
 * Identity of a shipment within its order. Derived from the key of the packing event that created
 * the shipment, so replaying the same events always yields the same shipment ids.
 */
public record ShipmentId(UUID value) implements Identifier {

    public ShipmentId {
        InvalidValueException.required(value, "shipmentId");
    }

    public static ShipmentId of(EventKey packingEvent) {
        return new ShipmentId(UUID.nameUUIDFromBytes(
                ("shipment:" + packingEvent.source() + "#" + packingEvent.sourceEventId()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
