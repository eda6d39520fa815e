package io.waybill.application.port.in;

import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierCode;
import java.util.List;
import java.util.Optional;

/** Payloads in a carrier's own format (its pushes, EDI interchanges): read whole, then recorded as the carrier's reports. */
public interface ReceiveCarrierPayloads {

    /** What one payload said, and what became of each of its events (in the order of {@code payload.events()}). */
    record Received(CarrierPayload payload, List<EventOutcome> outcomes) {

        public Received {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** The carrier of this code (in any case), with the channels its payloads come by; empty when none is known. */
    Optional<CarrierChannels> carrier(String code);

    /**
     * Reads and records one payload of {@code carrier}.
     *
     * @throws UnreadablePayloadException when the payload cannot be read; nothing of it is recorded then
     */
    Received receive(CarrierCode carrier, byte[] payload);
}
