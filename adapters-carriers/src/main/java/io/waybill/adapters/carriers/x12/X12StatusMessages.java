package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ANSI X12 214 (004010) Transportation Carrier Shipment Status messages, read as a stream.
 *
 * <ul>
 *   <li>One adapter per trading partner: its carrier code (default {@code x12}) names the events' carrier and
 *       source. The SCAC in B1003 is not used to pick the carrier: the partner agreement decides that.</li>
 *   <li>The interchange is read segment by segment ({@link #stream}); memory holds one transaction set at a
 *       time, whose events are handed over only after its SE checked out. Envelopes are verified: SE01 segment
 *       count, ST02 = SE02, GE01 set count, GS06 = GE02, IEA01 group count, ISA13 = IEA02. A broken envelope
 *       fails with a {@link CarrierPayloadException} naming the segment and its position. With {@link #stream},
 *       sets before a failure have already been delivered; {@link #parse} returns all or nothing.</li>
 *   <li>B1001 (the carrier's PRO number) is the tracking number, B1002 (shipment id) its fallback.</li>
 *   <li>Each AT7 status (with the MS1 that follows it) becomes an event: AT701 through {@link X12Codes#STATUSES},
 *       AT702 reason appended to the reason unless NS (normal). AG and X2 are estimated delivery, not events.
 *       Unknown status codes and appointment-only AT7s (AT703) are {@link Unmapped}.</li>
 *   <li>Times: AT705/AT706 read in the zone of the AT707 time code: ET/CT/MT/PT/AT/HT/NT/TT are the zone's rules
 *       for that date (daylight saving included), ES/ED/CS/... fixed offsets, UT/GM UTC. LT (or no code) is the
 *       local time of the MS1 place; without MS1, of the shipper's N4 place for pick-up statuses (X3, X8, CP, AF)
 *       and of the consignee's N4 place otherwise. When no zone can be found the status is {@link Unmapped} with
 *       its raw time.</li>
 *   <li>The event location is MS1 (city, state, country). MS2 (equipment) and AT8 (weights) are ignored: they
 *       describe the load, not what happened to it. The raw text of an event is its AT7 segment as sent.</li>
 * </ul>
 */
@Singleton
@Named("x12")
public final class X12StatusMessages implements CarrierAdapter {

    public static final CarrierCode DEFAULT_CODE = new CarrierCode("x12");

    /** Receives what a stream holds, one transaction set at a time. */
    public interface Listener {

        void event(RecordTrackingEvents.Event event);

        void unmapped(Unmapped unmapped);

        void estimate(EstimatedDelivery estimate);

        default void warning(String warning) {
        }
    }

    private final CarrierCode code;
    private final Clock clock;

    /**
     * @param code  the trading partner's carrier code
     * @param clock stamps the received-at of the events
     */
    public X12StatusMessages(CarrierCode code, Clock clock) {
        this.code = code;
        this.clock = clock;
    }

    @Inject
    public X12StatusMessages(Clock clock) {
        this(DEFAULT_CODE, clock);
    }

    @Override
    public CarrierCode code() {
        return code;
    }

    @Override
    public String displayName() {
        return "X12 214 (" + code + ")";
    }

    @Override
    public Set<Mode> modes() {
        return Set.of(Mode.EDI);
    }

    /** PRO numbers have no standard shape nor check digit: 7-11 digits are a possible, unlikely candidate. */
    @Override
    public Optional<Recognition> recognise(String trackingNumber) {
        if (trackingNumber == null) {
            return Optional.empty();
        }
        String number = trackingNumber.replace(" ", "").strip();
        if (number.length() >= 7 && number.length() <= 11 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new Recognition(code, 0.1, "7-11 digits: could be a PRO number of " + code + " (PRO numbers have no check digit)"));
        }
        return Optional.empty();
    }

    @Override
    public Parsed parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new CarrierPayloadException("X12 payload is empty");
        }
        List<RecordTrackingEvents.Event> events = new ArrayList<>();
        List<Unmapped> unmapped = new ArrayList<>();
        List<EstimatedDelivery> estimates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        stream(new ByteArrayInputStream(payload), new Listener() {
            @Override
            public void event(RecordTrackingEvents.Event event) {
                events.add(event);
            }

            @Override
            public void unmapped(Unmapped report) {
                unmapped.add(report);
            }

            @Override
            public void estimate(EstimatedDelivery estimate) {
                estimates.add(estimate);
            }

            @Override
            public void warning(String warning) {
                warnings.add(warning);
            }
        });
        return new Parsed(events, unmapped, estimates, warnings);
    }

    /**
     * Reads an interchange from {@code in} (UTF-8) and hands each transaction set's content to {@code listener}
     * once the set's envelope checked out. Does not close {@code in}.
     *
     * @throws CarrierPayloadException on a malformed interchange
     */
    public void stream(InputStream in, Listener listener) {
        X12Segments segments = new X12Segments(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        new X12Interchange(code, clock.instant(), listener).read(segments);
    }

    /** Hands a finished set's content over. */
    static void deliver(Parsed set, Listener listener) {
        set.events().forEach(listener::event);
        set.unmapped().forEach(listener::unmapped);
        set.estimatedDeliveries().forEach(listener::estimate);
        set.warnings().forEach(listener::warning);
    }

    static ParsedBuilder builder(CarrierCode code, Instant receivedAt) {
        return new ParsedBuilder(code, receivedAt);
    }
}
