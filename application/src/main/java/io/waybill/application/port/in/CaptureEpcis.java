package io.waybill.application.port.in;

import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisQuery;
import io.waybill.application.shared.EpcisCaptureJob;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * GS1 EPCIS 2.0 capture and query for the tenant in scope. Captured events are archived once each (an event sent again,
 * with the same event ID or none and the same content, is a duplicate); ObjectEvents on the EPCs or barcodes of packed
 * parcels, or on a pallet holding them, become steps of those shipments' timelines.
 */
public interface CaptureEpcis {

    /** Captures a document; {@code proceed}: capture every event that can be, else none when one cannot. */
    EpcisCaptureJob capture(InputStream document, boolean proceed);

    Optional<EpcisCaptureJob> job(UUID id);

    List<CapturedEvent> query(EpcisQuery query);
}
