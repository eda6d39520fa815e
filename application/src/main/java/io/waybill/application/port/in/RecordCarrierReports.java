package io.waybill.application.port.in;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import java.util.List;

/**
 * Records what a carrier reported in one answer or payload, pushed or polled: its delivery estimates first, so the
 * predictions its events cause already rest on them, then its events.
 */
public interface RecordCarrierReports {

    /** One answer or payload of a carrier: the estimates it gave and the events it reported. */
    record CarrierReport(CarrierCode carrier, List<CarrierEstimate> estimates, List<RecordTrackingEvents.Event> events) {

        public CarrierReport {
            estimates = List.copyOf(estimates);
            events = List.copyOf(events);
        }
    }

    /**
     * One outcome per event of the report, in its order (index = position in {@code report.events()}). An estimate
     * that cannot be kept is logged and costs none of the events: an estimate is advice.
     */
    List<EventOutcome> recordReport(CarrierReport report);
}
