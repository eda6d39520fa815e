package io.waybill.application.port.in;

/** Sends the planned customer messages and webhooks that are due, retrying those that fail. */
public interface DispatchNotifications {

    /** Sends one batch of due deliveries; returns how many were attempted. */
    int dispatch();
}
