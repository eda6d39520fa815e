package io.waybill.adapters.carriers.fedex;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * FedEx scan event types ({@code scanEvents[].eventType}) and their milestones. Source: the FedEx Track
 * service's event type list (FedEx Web Services Track Service guide, "TrackEvent/EventType", also used by the
 * REST Track API): AA at airport, AF at FedEx facility, AR arrived at, DP departed, OD on FedEx vehicle for
 * delivery, DL delivered, DE delivery exception, ...
 *
 * <p>Deliberately unmapped (reported, not events): OC (shipment information sent, label created), CA
 * (shipment cancelled: cancellation is an order matter), RR/RM/RC (delivery option requests), SP (split status)
 * and return-label e-mail notices.
 */
final class FedexStatuses {

    static final StatusTable TABLE = StatusTable.of("fedex")
            .map("PU", Milestone.HANDED_OVER, "picked up")
            .map("PX", Milestone.HANDED_OVER, "picked up (see details)")
            .map("AP", Milestone.HANDED_OVER, "at pickup")
            .map("OF", Milestone.IN_TRANSIT, "at FedEx origin facility")
            .map("LO", Milestone.IN_TRANSIT, "left FedEx origin facility")
            .map("AA", Milestone.IN_TRANSIT, "at airport")
            .map("AC", Milestone.IN_TRANSIT, "at Canada Post facility")
            .map("AF", Milestone.IN_TRANSIT, "at FedEx facility")
            .map("AR", Milestone.IN_TRANSIT, "arrived at FedEx location")
            .map("AX", Milestone.IN_TRANSIT, "at USPS facility")
            .map("DP", Milestone.IN_TRANSIT, "departed FedEx location")
            .map("EA", Milestone.IN_TRANSIT, "en route to airport")
            .map("EO", Milestone.IN_TRANSIT, "en route to origin airport")
            .map("FD", Milestone.IN_TRANSIT, "at FedEx destination facility")
            .map("IT", Milestone.IN_TRANSIT, "in transit")
            .map("IX", Milestone.IN_TRANSIT, "in transit (see details)")
            .map("PF", Milestone.IN_TRANSIT, "plane in flight")
            .map("PL", Milestone.IN_TRANSIT, "plane landed")
            .map("PM", Milestone.IN_TRANSIT, "in progress")
            .map("SF", Milestone.IN_TRANSIT, "at sort facility")
            .map("TR", Milestone.IN_TRANSIT, "transfer")
            .map("CC", Milestone.IN_TRANSIT, "cleared customs")
            .map("CP", Milestone.IN_TRANSIT, "clearance in progress")
            .map("OX", Milestone.IN_TRANSIT, "shipment handed to USPS for delivery")
            .map("CH", Milestone.IN_TRANSIT, "location changed")
            .map("ED", Milestone.OUT_FOR_DELIVERY, "en route to delivery")
            .map("OD", Milestone.OUT_FOR_DELIVERY, "on FedEx vehicle for delivery")
            .map("AD", Milestone.OUT_FOR_DELIVERY, "at delivery")
            .map("DE", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery exception")
            .map("HP", Milestone.AVAILABLE_FOR_PICKUP, "ready for recipient pickup")
            .map("HL", Milestone.AVAILABLE_FOR_PICKUP, "at FedEx hold location")
            .map("CD", Milestone.HELD, "clearance delay")
            .map("CU", Milestone.HELD, "customs")
            .map("DD", Milestone.HELD, "delivery delay")
            .map("DY", Milestone.HELD, "delay")
            .map("PD", Milestone.HELD, "pickup delay")
            .map("SE", Milestone.HELD, "shipment exception")
            .map("DL", Milestone.DELIVERED, "delivered")
            .map("RS", Milestone.RETURNED_TO_SENDER, "returning to shipper")
            .build();

    private FedexStatuses() {
    }
}
