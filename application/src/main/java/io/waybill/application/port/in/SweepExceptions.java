package io.waybill.application.port.in;

/**
 * The exceptions queue kept in step with the shipments, periodically: items opened for what needs a person now, open
 * items past their deadline taken up the escalation chain, and open items whose shipment recovered closed.
 */
public interface SweepExceptions {

    /** What one sweep did. */
    record Swept(int opened, int escalated, int closed) {
    }

    /** One sweep over every tenant's shipments, each item handled in its own tenant's scope. */
    Swept sweep();
}
