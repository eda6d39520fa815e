package io.waybill.adapters.carriers.spi;

import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what an adapter reads from one payload into a {@link Parsed}: builds the domain events with the
 * carrier's source and a content-derived source event id, keeps the same event reported twice in one payload
 * once, and turns domain validation failures into {@link CarrierPayloadException}s that say where they happened.
 */
public final class ParsedBuilder {

    private final CarrierCode carrier;
    private final EventSource source;
    private final Instant receivedAt;
    private final Map<String, RecordTrackingEvents.Event> events = new LinkedHashMap<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final List<EstimatedDelivery> estimates = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public ParsedBuilder(CarrierCode carrier, Instant receivedAt) {
        this.carrier = carrier;
        this.source = new EventSource(SourceType.CARRIER, carrier.value());
        this.receivedAt = receivedAt;
    }

    /**
     * A source event id derived from what the carrier said (tracking number, code, time, place), since carrier
     * APIs give their scans no id of their own: the same scan in the next poll gets the same id.
     */
    public static String eventId(CarrierTrackingNumber trackingNumber, String... parts) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        sha256.update(trackingNumber.value().getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            sha256.update((byte) 0x1f);
            if (part != null) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        return trackingNumber.value() + "-" + HexFormat.of().formatHex(sha256.digest(), 0, 12);
    }

    /** {@code text} cut to {@code max} characters (carrier texts have no length limit, Waybill's fields do). */
    public static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    /** The carrier's tracking number, or a {@link CarrierPayloadException} naming {@code where} it was read. */
    public static CarrierTrackingNumber trackingNumber(String value, String where) {
        try {
            return new CarrierTrackingNumber(value);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ": not a tracking number: " + e.getMessage(), e);
        }
    }

    /** One event; {@code where} names its place in the payload for error messages. */
    public ParsedBuilder event(CarrierTrackingNumber trackingNumber, StatusTable.Entry status, String rawCode, String rawText,
            String reason, OffsetDateTime occurredAt, Location location, ProofOfDelivery proof, String sourceEventId, String where) {
        try {
            TrackingEvent event = new TrackingEvent(new EventKey(source, sourceEventId), status.milestone(), clip(rawCode, 64),
                    clip(rawText, 512), clip(reason, 512), occurredAt, receivedAt, location, proof);
            events.putIfAbsent(sourceEventId, new RecordTrackingEvents.Event(null, carrier, trackingNumber, event));
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ": " + e.getMessage(), e);
        }
        return this;
    }

    public ParsedBuilder unmapped(Unmapped report) {
        unmapped.add(report);
        return this;
    }

    public ParsedBuilder estimate(EstimatedDelivery estimate) {
        estimates.add(estimate);
        return this;
    }

    public ParsedBuilder warn(String warning) {
        warnings.add(warning);
        return this;
    }

    public Parsed build() {
        return new Parsed(List.copyOf(events.values()), unmapped, estimates, warnings);
    }
}
