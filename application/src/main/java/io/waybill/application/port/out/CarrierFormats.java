package io.waybill.application.port.out;

import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierCode;
import java.time.Instant;
import java.util.Optional;

/** The carriers' own payload formats: which carriers Waybill can read, and reading one of their payloads. */
public interface CarrierFormats {

    /** The carrier of this code (in any case), with the channels its payloads come by; empty when none is known. */
    Optional<CarrierChannels> carrier(String code);

    /**
     * Reads one payload of {@code carrier}, received at {@code receivedAt} (the time its estimates are reported at).
     *
     * @throws UnreadablePayloadException when the payload cannot be read; nothing of it is returned then
     */
    CarrierPayload read(CarrierCode carrier, byte[] payload, Instant receivedAt);
}
