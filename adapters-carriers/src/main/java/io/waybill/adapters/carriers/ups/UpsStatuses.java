package io.waybill.adapters.carriers.ups;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * UPS activity status types ({@code activity[].status.type}) and their milestones. The type is UPS's own
 * classification of every activity (the two-letter {@code status.code} varies by scan and is kept as raw code).
 * Source: UPS Tracking API documentation, "status type" (I In Transit, D Delivered, X Exception, P Pickup,
 * M Manifest Pickup, MV Billing Information Voided, RS Returned to Shipper, DO Delivered Origin CFS, DD Delivered
 * Destination CFS, W Warehousing, NA Not Available, O Out for Delivery).
 *
 * <p>Deliberately unmapped (reported, not events): M and MV (label created or voided: no parcel has moved yet),
 * W (freight warehousing), NA.
 */
final class UpsStatuses {

    static final StatusTable TABLE = StatusTable.of("ups")
            .map("P", Milestone.HANDED_OVER, "picked up by UPS")
            .map("I", Milestone.IN_TRANSIT, "in transit")
            .map("DO", Milestone.IN_TRANSIT, "delivered to the origin container freight station")
            .map("DD", Milestone.IN_TRANSIT, "delivered to the destination container freight station")
            .map("O", Milestone.OUT_FOR_DELIVERY, "out for delivery")
            .map("X", Milestone.HELD, "UPS exception")
            .map("D", Milestone.DELIVERED, "delivered")
            .map("RS", Milestone.RETURNED_TO_SENDER, "returned to shipper")
            .build();

    private UpsStatuses() {
    }
}
