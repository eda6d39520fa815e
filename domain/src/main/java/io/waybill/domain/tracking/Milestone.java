package io.waybill.domain.tracking;

/**
 * What a tracking event means, whatever its source called it. Each milestone applies either to the
 * order as a whole (payment, warehouse work before packing) or to one shipment (packing onwards).
 */
public enum Milestone {
    /** The order was placed. */
    PLACED(Scope.ORDER),
    /** Payment verified; the tracking ID was issued. */
    CONFIRMED(Scope.ORDER),
    /** The warehouse reserved stock for every line. */
    ALLOCATED(Scope.ORDER),
    /** The warehouse could not allocate (stock short): the order is on hold until it can. */
    ALLOCATION_FAILED(Scope.ORDER),
    /** All lines were picked. */
    PICKED(Scope.ORDER),
    /** The order was cancelled (only possible before any shipment was handed to a carrier). */
    CANCELLED(Scope.ORDER),
    /** Parcels were packed into a shipment; this event creates the shipment. */
    PACKED(Scope.SHIPMENT),
    /** The carrier took the shipment over: it has shipped. */
    HANDED_OVER(Scope.SHIPMENT),
    /** A transit checkpoint (arrival, departure, sorting). */
    IN_TRANSIT(Scope.SHIPMENT),
    /** On the vehicle for final delivery. */
    OUT_FOR_DELIVERY(Scope.SHIPMENT),
    /** A delivery attempt failed (nobody home, access refused). */
    DELIVERY_ATTEMPT_FAILED(Scope.SHIPMENT),
    /** Waiting at a pickup point or depot for the receiver. */
    AVAILABLE_FOR_PICKUP(Scope.SHIPMENT),
    /** Held by an exception: customs, damage, address problem. The event's reason says which. */
    HELD(Scope.SHIPMENT),
    /** Delivered, ideally with proof of delivery. */
    DELIVERED(Scope.SHIPMENT),
    /** On its way back, or back, to the sender. */
    RETURNED_TO_SENDER(Scope.SHIPMENT),
    /** Declared lost by the carrier. */
    LOST(Scope.SHIPMENT);

    /** Whether a milestone belongs to the order or to one of its shipments. */
    public enum Scope { ORDER, SHIPMENT }

    private final Scope scope;

    Milestone(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** Milestones only a warehouse reports. */
    public boolean isWarehouseMilestone() {
        return this == ALLOCATED || this == ALLOCATION_FAILED || this == PICKED || this == PACKED;
    }

    /** Milestones only a carrier (or a device travelling with the parcel) reports. */
    public boolean isCarrierMilestone() {
        return scope == Scope.SHIPMENT && this != PACKED;
    }
}
