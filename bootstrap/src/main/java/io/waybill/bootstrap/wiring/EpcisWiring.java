package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.CaptureEpcis;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RetractTrackingEvents;
import io.waybill.application.port.out.EpcisArchive;
import io.waybill.application.port.out.EpcisDocuments;
import io.waybill.application.port.out.ParcelLookup;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.service.EpcisCaptureService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * GS1 EPCIS capture and query: documents read by adapters-epcis, archived by persistence, steps through ingestion (and
 * taken back through the retractions), sensor reports through the device service.
 */
@ApplicationScoped
public class EpcisWiring {

    @Produces
    @Singleton
    @Typed(EpcisCaptureService.class)
    EpcisCaptureService epcis(EpcisDocuments documents, EpcisArchive archive, ParcelLookup parcels, RecordTrackingEvents timeline,
            RetractTrackingEvents retractions, ManageDevices devices, RecordReadings readings, Shipments shipments,
            ManageVehicles vehicles, Clock clock) {
        return new EpcisCaptureService(documents, archive, parcels, timeline, retractions, devices, readings, shipments, vehicles,
                clock);
    }

    @Produces
    CaptureEpcis captureEpcis(EpcisCaptureService service) {
        return service;
    }
}
