package io.waybill.domain.shared;

/**
 * A tracking event that cannot be recorded against the aggregate it names, whatever the order in
 * which events arrive: a carrier milestone for an order without that shipment, or an event whose id
 * was already used for different content.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }
}
