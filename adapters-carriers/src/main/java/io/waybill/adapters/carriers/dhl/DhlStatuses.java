package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * DHL Shipment Tracking – Unified API status codes ({@code events[].statusCode}, {@code status.statusCode}) and
 * their milestones. Source: the API's OpenAPI description (developer.dhl.com, {@code dpdhl_tracking-unified-api}
 * 1.x, enum of {@code statusCode}: {@code pre-transit}, {@code transit}, {@code delivered}, {@code failure},
 * {@code unknown}).
 *
 * <p>The unified code is coarse: "picked up", "with delivery courier" and hub scans are all {@code transit}, so
 * DHL events yield neither HANDED_OVER nor OUT_FOR_DELIVERY; the carrier's words are kept in the raw text.
 * Deliberately unmapped (reported, not events): {@code pre-transit} (shipment data received, the parcel is not
 * with DHL yet) and {@code unknown}.
 */
final class DhlStatuses {

    static final StatusTable TABLE = StatusTable.of("dhl")
            .map("transit", Milestone.IN_TRANSIT, "in transit")
            .map("failure", Milestone.HELD, "DHL exception")
            .map("delivered", Milestone.DELIVERED, "delivered")
            .build();

    private DhlStatuses() {
    }
}
