package io.waybill.application.port.in;

/** Turns committed domain events into customer messages and webhooks, and sends them. */
public interface DispatchNotifications {

    /** Relays one batch of outbox events into deliveries; returns how many events were relayed. */
    int relay();

    /** Sends one batch of due deliveries; returns how many were attempted. */
    int dispatch();
}
