package io.waybill.application.port.out;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The tracking APIs of the carriers that must be asked (polled) for news. */
public interface CarrierTracking {

    /** One event the carrier reported about one of its shipments. */
    record Scan(CarrierTrackingNumber number, TrackingEvent event) {
    }

    /**
     * What a carrier answered about some of its tracking numbers: the events, how many of its reports could not become
     * events, warnings, and the delivery estimates it gave (reported at the time the answer was received).
     */
    record Answer(List<Scan> events, int unmapped, List<String> warnings, List<CarrierEstimate> estimates) {

        public Answer {
            events = List.copyOf(events);
            warnings = List.copyOf(warnings);
            estimates = List.copyOf(estimates);
        }

        /** An answer without delivery estimates. */
        public Answer(List<Scan> events, int unmapped, List<String> warnings) {
            this(events, unmapped, warnings, List.of());
        }
    }

    /** The carriers this adapter can ask. */
    Set<CarrierCode> carriers();

    /** How many tracking numbers one request to this carrier may name. */
    int maxNumbersPerRequest(CarrierCode carrier);

    /**
     * Asks the carrier about these tracking numbers (at most {@link #maxNumbersPerRequest}).
     *
     * @throws CarrierUnavailableException when the carrier did not answer usefully, after the adapter's own
     *                                     retries; nothing of the request is known then
     */
    Answer track(CarrierCode carrier, List<CarrierTrackingNumber> numbers);

    /** The carrier could not be asked: down, too slow, refusing, or asking us to slow down. */
    final class CarrierUnavailableException extends RuntimeException {

        private final transient Instant retryNotBefore;

        /** @param retryNotBefore when the carrier said to come back (a 429's Retry-After), or null */
        public CarrierUnavailableException(String message, Instant retryNotBefore, Throwable cause) {
            super(message, cause);
            this.retryNotBefore = retryNotBefore;
        }

        /** When the carrier said to come back, or null when it did not say. */
        public Instant retryNotBefore() {
            return retryNotBefore;
        }
    }
}
