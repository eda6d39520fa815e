package io.waybill.application.service;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.port.in.RecordTrackingEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where a carrier's reports are recorded, whether they were pushed, uploaded or polled: its delivery
 * estimates first, so that the predictions its events cause already rest on them, then its events, in batches of at
 * most {@value #BATCH} so that one large interchange does not become one huge transaction.
 */
public class CarrierReportService implements RecordCarrierReports {

    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(CarrierReportService.class.getName());

    private final RecordTrackingEvents events;
    private final RecordCarrierEstimates estimates;

    public CarrierReportService(RecordTrackingEvents events, RecordCarrierEstimates estimates) {
        this.events = events;
        this.estimates = estimates;
    }

    @Override
    public List<EventOutcome> recordReport(CarrierReport report) {
        if (!report.estimates().isEmpty()) {
            try {
                estimates.recordEstimates(report.estimates());
            } catch (RuntimeException e) {
                // an estimate is advice: losing one must not cost the carrier's events
                LOG.log(Level.WARNING, "recording " + report.carrier() + "'s delivery estimates failed; its events are recorded anyway",
                        e);
            }
        }
        List<RecordTrackingEvents.Event> all = report.events();
        List<EventOutcome> outcomes = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            int offset = from;
            events.recordTracking(all.subList(from, Math.min(all.size(), from + BATCH))).forEach(outcome -> outcomes.add(
                    new EventOutcome(offset + outcome.index(), outcome.result(), outcome.reason(), outcome.order())));
        }
        return outcomes;
    }
}
