package io.waybill.application.port.in;

/**
 * Derived steps from positions: looks at the positions received since the last look, of devices travelling with a
 * shipment, and records an arrival or departure step for each geofence they crossed where the carrier said nothing.
 * Run periodically, apart from ingestion, so that storing readings costs no more than it did.
 */
public interface DeriveMilestones {

    /** Looks once; answers how many steps were new on timelines. */
    int derive();
}
