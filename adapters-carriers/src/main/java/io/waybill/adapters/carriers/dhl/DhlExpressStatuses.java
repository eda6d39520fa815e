package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;

/**
 * DHL Express XML Services checkpoint codes ({@code ShipmentEvent/ServiceEvent/EventCode}) and their milestones:
 * a table of its own, since they have nothing to do with the Unified API's {@code statusCode}s ({@link DhlStatuses}).
 *
 * <p>Source of the grouping: karrio's DHL Express connector (integrators' mapping, not DHL's own list),
 * {@code modules/connectors/dhl_express/karrio/providers/dhl_express/units.py}, {@code TrackingStatus}, at
 * https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/dhl_express/karrio/providers/dhl_express/units.py;
 * the descriptions quoted are DHL's own, from the XML Services example response (fixture
 * {@code dhl-express-tracking-response.xml}). Two departures from karrio: {@code PL} "Processed at Location" is in
 * transit, not a pick-up, and {@code PO} "Departing origin" (DHL's example; not in karrio) is in transit.
 * Delays are HELD with reason "delayed". Not mapped: {@code RW} (in DHL's example without a description) and any
 * code not listed; they become {@code Unmapped}. DHL's official checkpoint list was not available to check this.
 */
final class DhlExpressStatuses {

    static final StatusTable TABLE = StatusTable.of("dhl express xml")
            .map("PU", Milestone.HANDED_OVER, "picked up")
            .map("OR", Milestone.HANDED_OVER, "picked up")
            .map("PL", Milestone.IN_TRANSIT, "processed at a DHL facility")
            .map("PO", Milestone.IN_TRANSIT, "departing origin")
            .map("DF", Milestone.IN_TRANSIT, "departed a DHL facility")
            .map("AF", Milestone.IN_TRANSIT, "arrived at a DHL facility")
            .map("AR", Milestone.IN_TRANSIT, "arrived at a DHL facility")
            .map("IT", Milestone.IN_TRANSIT, "in transit")
            .map("TR", Milestone.IN_TRANSIT, "in transit")
            .map("CC", Milestone.IN_TRANSIT, "in transit")
            .map("CD", Milestone.IN_TRANSIT, "in transit")
            .map("WC", Milestone.OUT_FOR_DELIVERY, "with delivery courier")
            .map("OK", Milestone.DELIVERED, "delivered")
            .map("BA", Milestone.HELD, "on hold")
            .map("HP", Milestone.HELD, "on hold")
            .map("OH", Milestone.HELD, "on hold")
            .map("IR", Milestone.HELD, "delayed")
            .map("MD", Milestone.HELD, "delayed")
            .map("TD", Milestone.HELD, "delayed")
            .map("UD", Milestone.HELD, "delayed")
            .map("CM", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("DM", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("DP", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("DS", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("NH", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("RD", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("RT", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("SS", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .map("ST", Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed")
            .build();

    private DhlExpressStatuses() {
    }
}
