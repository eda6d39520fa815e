package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.ReceiveCarrierPayloads;
import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.CarrierFormats;
import io.waybill.application.service.CarrierPayloadService;
import io.waybill.application.service.CarrierReportService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * How carriers' reports are recorded, pushed, uploaded or polled alike. Ingestion is looked up lazily: it hands
 * shipments to the carriers' port, which puts them on the poller's schedule, and the poller records through here.
 */
public class CarrierReports {

    @Produces
    @Singleton
    RecordCarrierReports carrierReports(Instance<RecordTrackingEvents> events, RecordCarrierEstimates estimates) {
        RecordTrackingEvents lazy = batch -> events.get().recordTracking(batch);
        return new CarrierReportService(lazy, estimates);
    }

    @Produces
    @Singleton
    ReceiveCarrierPayloads carrierPayloads(CarrierFormats formats, RecordCarrierReports reports, Clock clock) {
        return new CarrierPayloadService(formats, reports, clock);
    }
}
