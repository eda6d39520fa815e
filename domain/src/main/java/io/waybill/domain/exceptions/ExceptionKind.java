package io.waybill.domain.exceptions;

import io.waybill.domain.order.ShipmentStatus;
import java.util.Locale;
import java.util.Optional;

/** Why a shipment needs a person. At most one item of each kind is open per shipment. */
public enum ExceptionKind {
    /** Predicted at high risk of missing its promise. */
    AT_RISK,
    /** Shipped, not delivered, and the carrier has not scanned it for too long. */
    MISSING_SCAN,
    /** Held by the carrier: customs, damage, an address problem. */
    HELD,
    /** The carrier tried to deliver and could not. */
    DELIVERY_ATTEMPT_FAILED,
    /** Declared lost by the carrier. */
    LOST,
    /** On its way back, or back, to the sender. */
    RETURNED_TO_SENDER,
    /**
     * Its devices measured it outside its condition profile (too warm, too long, a shock, opened). A fact of the trip:
     * it never closes by itself, a person resolves it.
     */
    CONDITION_EXCURSION,
    /**
     * The devices watching its conditions need a person: a battery running low, or no reading for too long while it is
     * under way. Closes by itself when they report again with a battery that will last.
     */
    DEVICE_ATTENTION;

    /** The kind a shipment's status is by itself, if any. */
    public static Optional<ExceptionKind> ofStatus(ShipmentStatus status) {
        return switch (status) {
            case HELD -> Optional.of(HELD);
            case DELIVERY_ATTEMPT_FAILED -> Optional.of(DELIVERY_ATTEMPT_FAILED);
            case LOST -> Optional.of(LOST);
            case RETURNED_TO_SENDER -> Optional.of(RETURNED_TO_SENDER);
            case PACKED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, AVAILABLE_FOR_PICKUP, DELIVERED -> Optional.empty();
        };
    }

    /** {@code delivery-attempt-failed}: the kind as settings name it. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
