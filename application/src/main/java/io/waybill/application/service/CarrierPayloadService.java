package io.waybill.application.service;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ReceiveCarrierPayloads;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.port.in.RecordCarrierReports.CarrierReport;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.CarrierFormats;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.domain.order.CarrierCode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reads a carrier's payload with its format ({@link CarrierFormats}) and records what it said as any report of the
 * carrier ({@link RecordCarrierReports}). A payload that cannot be read is refused whole: nothing of it is recorded.
 */
public class CarrierPayloadService implements ReceiveCarrierPayloads {

    private final CarrierFormats formats;
    private final RecordCarrierReports reports;
    private final Clock clock;

    public CarrierPayloadService(CarrierFormats formats, RecordCarrierReports reports, Clock clock) {
        this.formats = formats;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Optional<CarrierChannels> carrier(String code) {
        return formats.carrier(code);
    }

    @Override
    public Received receive(CarrierCode carrier, byte[] payload) {
        CarrierPayload read = formats.read(carrier, payload, clock.instant());
        List<RecordTrackingEvents.Event> events = read.events().stream()
                .map(scan -> new RecordTrackingEvents.Event(null, carrier, scan.number(), scan.event())).toList();
        List<EventOutcome> outcomes = reports.recordReport(new CarrierReport(carrier, read.estimates(), events));
        return new Received(read, outcomes);
    }
}
