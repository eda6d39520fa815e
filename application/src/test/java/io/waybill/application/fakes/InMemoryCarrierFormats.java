package io.waybill.application.fakes;

import io.waybill.application.port.out.CarrierFormats;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carrier formats that know the payloads they were taught: a payload (as text) reads as what it was taught to say,
 * any other is unreadable. Remembers when each payload was read. Thread-safe.
 */
public class InMemoryCarrierFormats implements CarrierFormats {

    /** One {@link #read}: which carrier's payload, and when it was received. */
    public record Read(CarrierCode carrier, String payload, Instant receivedAt) {
    }

    private final Map<String, CarrierChannels> carriers = new ConcurrentHashMap<>();
    private final Map<String, CarrierPayload> payloads = new ConcurrentHashMap<>();
    private final List<Read> reads = new ArrayList<>();

    public InMemoryCarrierFormats carrier(CarrierChannels channels) {
        carriers.put(channels.carrier().value().toLowerCase(Locale.ROOT), channels);
        return this;
    }

    /** {@code payload} (UTF-8) reads as {@code says}. */
    public InMemoryCarrierFormats teach(String payload, CarrierPayload says) {
        payloads.put(payload, says);
        return this;
    }

    @Override
    public Optional<CarrierChannels> carrier(String code) {
        return Optional.ofNullable(carriers.get(code.toLowerCase(Locale.ROOT)));
    }

    @Override
    public CarrierPayload read(CarrierCode carrier, byte[] payload, Instant receivedAt) {
        String text = new String(payload, StandardCharsets.UTF_8);
        synchronized (reads) {
            reads.add(new Read(carrier, text, receivedAt));
        }
        CarrierPayload says = payloads.get(text);
        if (says == null) {
            throw new UnreadablePayloadException("$: not a payload of " + carrier, null);
        }
        return says;
    }

    public List<Read> reads() {
        synchronized (reads) {
            return List.copyOf(reads);
        }
    }
}
