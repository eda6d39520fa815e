package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ReceiveCarrierPayloads;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierCode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Carriers a test declares, with the answer their next payload gets: a read payload and its outcomes, or an
 * unreadable-payload refusal. Keeps every payload handed over, so a test can check that a refused request recorded
 * nothing.
 */
@Singleton
public class ScriptedCarrierPayloads implements ReceiveCarrierPayloads {

    /** One payload handed over, and the carrier it was handed over for. */
    public record Payload(CarrierCode carrier, byte[] body) {
    }

    private final Map<String, CarrierChannels> carriers = new ConcurrentHashMap<>();
    private final List<Payload> received = new CopyOnWriteArrayList<>();
    private volatile Received next = new Received(new CarrierPayload(List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    private volatile String unreadable;

    public void reset() {
        carriers.clear();
        received.clear();
        next = new Received(new CarrierPayload(List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
        unreadable = null;
    }

    public void carrier(CarrierChannels channels) {
        carriers.put(channels.carrier().value(), channels);
    }

    /** The answer to the next payload. */
    public void answer(Received received) {
        this.next = received;
        this.unreadable = null;
    }

    /** The next payload is refused as unreadable, with this reason. */
    public void refuse(String reason) {
        this.unreadable = reason;
    }

    public List<Payload> received() {
        return List.copyOf(received);
    }

    @Override
    public Optional<CarrierChannels> carrier(String code) {
        return Optional.ofNullable(carriers.get(code.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Received receive(CarrierCode carrier, byte[] payload) {
        if (unreadable != null) {
            throw new UnreadablePayloadException(unreadable, null);
        }
        received.add(new Payload(carrier, payload));
        return next;
    }
}
