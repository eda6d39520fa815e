package io.waybill.adapters.carriers.usps;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * USPS tracking event codes ({@code trackingEvents[].eventCode}) and their milestones. Source: the USPS event
 * code list published with the tracking documentation (Publication 97, appendix "Tracking event codes", as
 * used by the Tracking API v3 {@code eventCode} field). The codes were written down from that public list, not
 * copied from a machine-readable file: re-check them against the current USPS list before relying on a rare
 * code.
 *
 * <p>Deliberately unmapped (reported, not events): {@code MA}/{@code GX} (pre-shipment information sent,
 * label created: the parcel is not with USPS yet) and every code not listed here, e.g. arrival/departure
 * variants that USPS adds over time.
 */
final class UspsStatuses {

    static final StatusTable TABLE = StatusTable.of("usps")
            .map("03", Milestone.HANDED_OVER, "accepted by USPS")
            .map("OA", Milestone.HANDED_OVER, "origin acceptance")
            .map("06", Milestone.IN_TRANSIT, "forwarded")
            .map("07", Milestone.IN_TRANSIT, "arrived at unit")
            .map("08", Milestone.IN_TRANSIT, "missent, being rerouted")
            .map("10", Milestone.IN_TRANSIT, "processed through USPS facility")
            .map("OF", Milestone.OUT_FOR_DELIVERY, "out for delivery")
            .map("02", Milestone.DELIVERY_ATTEMPT_FAILED, "notice left")
            .map("51", Milestone.DELIVERY_ATTEMPT_FAILED, "business closed")
            .map("52", Milestone.DELIVERY_ATTEMPT_FAILED, "notice left (receptacle full or item oversized)")
            .map("53", Milestone.DELIVERY_ATTEMPT_FAILED, "notice left (no secure location available)")
            .map("54", Milestone.DELIVERY_ATTEMPT_FAILED, "notice left (no authorized recipient available)")
            .map("55", Milestone.DELIVERY_ATTEMPT_FAILED, "notice left")
            .map("04", Milestone.DELIVERY_ATTEMPT_FAILED, "refused by addressee")
            .map("16", Milestone.AVAILABLE_FOR_PICKUP, "available for pickup")
            .map("05", Milestone.HELD, "undeliverable as addressed")
            .map("21", Milestone.HELD, "address problem: no such number")
            .map("22", Milestone.HELD, "address problem: insufficient address")
            .map("23", Milestone.HELD, "address problem: moved, left no address")
            .map("24", Milestone.HELD, "address problem: forward expired")
            .map("25", Milestone.HELD, "address problem: addressee unknown")
            .map("26", Milestone.HELD, "address problem: vacant")
            .map("28", Milestone.HELD, "address problem: deceased")
            .map("01", Milestone.DELIVERED, "delivered")
            .map("43", Milestone.DELIVERED, "picked up at the post office")
            .map("09", Milestone.RETURNED_TO_SENDER, "returned to sender")
            .map("27", Milestone.RETURNED_TO_SENDER, "unclaimed, returned to sender")
            .map("29", Milestone.RETURNED_TO_SENDER, "returned to sender, not picked up")
            .build();

    private UspsStatuses() {
    }
}
