package io.waybill.adapters.carriers.royalmail;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * Royal Mail event codes ({@code mailPieces.events[].eventCode}) and their milestones.
 *
 * <p>Source: no official Royal Mail list of event codes was found. {@code EVNMI} "Forwarded - Mis-sort" is in Royal
 * Mail's own example response (Tracking API V2, events operation); the other codes and their names are the ones
 * integrators have collected from the API's answers, in the "Event Codes" list of github.com/jampez77/RoyalMail
 * ({@code api.md}). The milestones are Waybill's reading of those names and need confirming against captured
 * responses.
 *
 * <p>Deliberately unmapped (reported, not events): {@code EVAIE}, {@code EVAIP} (sender preparing or despatching
 * the item: a label exists, Royal Mail has nothing yet), {@code RSRXS}, {@code RORXS} (the receiver's delivery
 * request: not something that happened to the item). No code for "returned to sender" or "lost" is known, so none
 * is mapped to those milestones.
 */
final class RoyalMailStatuses {

    static final StatusTable TABLE = StatusTable.of("royalmail")
            .map("EVPPA", Milestone.HANDED_OVER, "accepted at a Post Office or parcel shop")
            .map("EVOCO", Milestone.IN_TRANSIT, "received by Royal Mail, being processed for delivery")
            .map("EVDAV", Milestone.IN_TRANSIT, "received at a Royal Mail site")
            .map("EVDAC", Milestone.IN_TRANSIT, "received at a Royal Mail site")
            .map("EVIMC", Milestone.IN_TRANSIT, "received at a mail centre")
            .map("EVBAV", Milestone.IN_TRANSIT, "received at a Royal Mail site")
            .map("EVIAV", Milestone.IN_TRANSIT, "received at a Royal Mail site")
            .map("EVOAC", Milestone.IN_TRANSIT, "received at a Royal Mail site")
            .map("EVORI", Milestone.IN_TRANSIT, "arrived at a Royal Mail site")
            .map("EVODO", Milestone.IN_TRANSIT, "despatched to the delivery office")
            .map("EVNMI", Milestone.IN_TRANSIT, "forwarded after a mis-sort")
            .map("EVNSR", Milestone.IN_TRANSIT, "prepared for redelivery")
            .map("EVGPD", Milestone.OUT_FOR_DELIVERY, "due to be delivered today")
            .map("EVKNA", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery attempted, no answer")
            .map("EVKNR", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery attempted")
            .map("EVNDA", Milestone.AVAILABLE_FOR_PICKUP, "available for redelivery or collection")
            .map("EVPLA", Milestone.AVAILABLE_FOR_PICKUP, "available for collection")
            .map("EVKLS", Milestone.AVAILABLE_FOR_PICKUP, "delivered to the receiver's collection point")
            .map("EVNRT", Milestone.HELD, "retained by Royal Mail")
            .map("EVKSP", Milestone.DELIVERED, "delivered and signed for")
            .map("EVKOP", Milestone.DELIVERED, "delivered")
            .map("EVKSF", Milestone.DELIVERED, "delivered to a safe place")
            .map("EVPLC", Milestone.DELIVERED, "collected by the receiver")
            .build();

    private RoyalMailStatuses() {
    }
}
