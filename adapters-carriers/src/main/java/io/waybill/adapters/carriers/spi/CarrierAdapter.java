package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierCode;
import java.util.Optional;
import java.util.Set;

/**
 * One carrier integration: recognises the carrier's tracking numbers and turns the carrier's payloads
 * (an API response, a webhook body, an EDI interchange) into normalized {@link Parsed} events.
 *
 * <p>Rules every adapter follows (and {@code CarrierAdapterContract} checks):
 * <ul>
 *   <li>Status codes are mapped through the adapter's own {@link StatusTable}: codes collide across carriers,
 *       so a code means nothing without its carrier.</li>
 *   <li>A status code the table does not know is <em>not</em> turned into an event (an event needs a
 *       milestone, and guessing one would be worse than saying nothing). It becomes an {@link Unmapped} entry
 *       with its raw code, raw text, time and location, so it is never dropped silently: the caller counts and
 *       reports it, and the table can be extended.</li>
 *   <li>Times keep the offset of where the event happened. Carrier-local times are converted with the
 *       zone of the event's location; UTC is never assumed. Each adapter documents its rule.</li>
 *   <li>Every event carries the source {@code CARRIER/<code()>} and a source event id that is stable across
 *       parses of the same payload, so ingesting a payload twice stores its events once.</li>
 *   <li>A payload that cannot be read fails with {@link CarrierPayloadException}, whose message says what is
 *       wrong and where.</li>
 * </ul>
 * Adapters are plain, thread-safe Java objects; wiring them is up to the application's bootstrap.
 */
public interface CarrierAdapter {

    /** How a carrier delivers its tracking data. */
    enum Mode {
        /** The carrier calls us (webhook). */
        PUSH,
        /** We ask the carrier's tracking API. */
        POLL,
        /** Files exchanged as EDI (X12, EDIFACT). */
        EDI
    }

    /** The carrier code of the events this adapter produces; also the name of their source. */
    CarrierCode code();

    /** The carrier's name as a person knows it. */
    String displayName();

    /** How this carrier's data arrives. */
    Set<Mode> modes();

    /**
     * Whether {@code trackingNumber} looks like one of this carrier's, and how sure the adapter is. Empty when
     * it cannot be one (wrong shape or wrong check digit).
     */
    Optional<Recognition> recognise(String trackingNumber);

    /**
     * Reads one payload.
     *
     * @throws CarrierPayloadException when the payload is empty or malformed; nothing of it is returned then
     */
    Parsed parse(byte[] payload);

    /**
     * How to ask this carrier's tracking API, for carriers that can be polled ({@link Mode#POLL}); empty for
     * carriers that only push or send EDI.
     */
    default Optional<TrackingRequests> trackingRequests() {
        return Optional.empty();
    }
}
