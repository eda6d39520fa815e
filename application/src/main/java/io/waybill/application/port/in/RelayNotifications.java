package io.waybill.application.port.in;

/** Turns committed domain events into planned customer messages and webhook deliveries. */
public interface RelayNotifications {

    /** Relays one batch of outbox events into deliveries; returns how many events were relayed. */
    int relay();
}
