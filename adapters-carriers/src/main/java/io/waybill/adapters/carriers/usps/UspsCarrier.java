package io.waybill.adapters.carriers.usps;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import static io.waybill.adapters.carriers.spi.CarrierJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.carriers.spi.CarrierJson;
import io.waybill.adapters.carriers.spi.JsonCarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.TrackingRequests;
import java.net.http.HttpRequest;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * USPS Tracking API v3 JSON ({@code GET /tracking/v3/tracking/{number}?expand=DETAIL}, or the array the
 * multi-number endpoint answers): {@code trackingEvents[]} become events.
 *
 * <ul>
 *   <li>Milestones come from {@code eventCode} ({@link UspsStatuses}); the raw text is {@code eventType}.
 *       Unknown codes, and events without a code, are {@link Unmapped}.</li>
 *   <li>Times: {@code eventTimestamp} is the local time of the event's place. When it carries an offset the
 *       offset is kept. Otherwise, in this order: the event's {@code GMTOffset}; the offset between
 *       {@code eventTimestamp} and {@code GMTTimestamp} (UTC) when both are given; the zone of
 *       {@code eventState} ({@link LocalZones}, for US events: {@code eventCountry} empty or the United
 *       States). When none applies the event is {@link Unmapped} with its raw time, never read as UTC.</li>
 *   <li>Location: {@code eventCity}, the country ({@code US} when {@code eventCountry} is empty or names the
 *       United States, a two-letter code as given, otherwise left out) and the ZIP code as facility
 *       ({@code USPS <zip>}); {@code eventZIP} and {@code eventZIPCode} are both read.</li>
 *   <li>The delivered event carries proof of delivery: {@code name} (or {@code firm}) of who received it,
 *       marked "(authorized agent)" when {@code authorizedAgent} is true.</li>
 *   <li>Estimated delivery: {@code expectedDeliveryTimeStamp} (else {@code predictedDeliveryTimeStamp}) is the
 *       latest expected time; a value at midnight is read as that whole day. Without offset it is read in
 *       the zone of {@code destinationState}; if that is unknown the estimate is skipped with a warning.</li>
 *   <li>An {@code error} object instead of tracking data is a warning (unknown tracking number), not a
 *       failure, when the payload is a list; a lone error answer fails with its message.</li>
 * </ul>
 */
@Singleton
@Named("usps")
public final class UspsCarrier extends JsonCarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("usps");


    /** @param clock stamps the received-at of the events */
    @Inject
    public UspsCarrier(Clock clock) {
        super(CODE, "USPS", clock);
    }

    public UspsCarrier() {
        this(Clock.systemUTC());
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        return UspsTrackingNumbers.recognise(CODE, number);
    }

    /** USPS Tracking v3: {@code GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL}, one number per request. */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(1, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                "/tracking/v3/tracking/" + numbers.getFirst().value() + "?expand=DETAIL")).header("Accept", "application/json").GET()));
    }

    @Override
    public Parsed parse(byte[] payload) {
        JsonNode root = CarrierJson.read(payload, "USPS", true);
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode item = root.get(i);
                String path = "$[" + i + "]";
                if (!item.isObject()) {
                    throw new CarrierPayloadException(path + " must be an object");
                }
                if (item.path("error").isObject() && !item.has("trackingEvents")) {
                    JsonNode error = item.path("error");
                    out.warn(path + " (" + text(item, "trackingNumber") + "): USPS error " + text(error, "code") + ": " + text(error, "message"));
                    continue;
                }
                readTracking(item, path, out);
            }
            return out.build();
        }
        if (!root.has("trackingEvents") && !root.has("trackingNumber")) {
            JsonNode error = root.path("error");
            if (error.isObject()) {
                throw new CarrierPayloadException("USPS answered with an error instead of tracking data: " + text(error, "code") + ": " + text(error, "message"));
            }
            throw new CarrierPayloadException("USPS payload: $.trackingNumber and $.trackingEvents are missing; is this a USPS Tracking API v3 response?");
        }
        readTracking(root, "$", out);
        return out.build();
    }

    private void readTracking(JsonNode tracking, String path, ParsedBuilder out) {
        String number = text(tracking, "trackingNumber");
        if (number == null) {
            throw new CarrierPayloadException(path + ".trackingNumber is missing");
        }
        CarrierTrackingNumber trackingNumber = ParsedBuilder.trackingNumber(number, path + ".trackingNumber");
        JsonNode events = tracking.path("trackingEvents");
        if (!events.isMissingNode() && !events.isNull() && !events.isArray()) {
            throw new CarrierPayloadException(path + ".trackingEvents must be an array");
        }
        boolean proofGiven = false;
        for (int e = 0; e < events.size(); e++) {
            JsonNode event = events.get(e);
            String where = path + ".trackingEvents[" + e + "]";
            String code = text(event, "eventCode");
            String description = text(event, "eventType");
            Location location = location(event, where);
            String rawTime = text(event, "eventTimestamp");
            if (rawTime == null) {
                throw new CarrierPayloadException(where + ".eventTimestamp is missing");
            }
            OffsetDateTime occurredAt = occurredAt(event, rawTime, where);
            if (code == null) {
                out.unmapped(new Unmapped(trackingNumber, "", description, occurredAt, rawTime, location, "USPS event without eventCode"));
                continue;
            }
            if (occurredAt == null) {
                out.unmapped(new Unmapped(trackingNumber, code, description, null, rawTime, location,
                        "local time without offset and the event's zone is not known (no GMTOffset, GMTTimestamp or US state)"));
                continue;
            }
            Optional<StatusTable.Entry> mapped = UspsStatuses.TABLE.lookup(code);
            if (mapped.isEmpty()) {
                out.unmapped(new Unmapped(trackingNumber, code, description, occurredAt, rawTime, location, UspsStatuses.TABLE.whyUnmapped("USPS event code", code)));
                continue;
            }
            StatusTable.Entry entry = mapped.get();
            ProofOfDelivery proof = null;
            if (entry.milestone() == Milestone.DELIVERED && !proofGiven) {
                proof = proof(event);
                proofGiven = true;
            }
            String reason = entry.milestone() == Milestone.HELD && description != null ? entry.reason() + ": " + description : entry.reason();
            String id = ParsedBuilder.eventId(trackingNumber, code, occurredAt.toString(), zip(event),
                    location == null ? null : location.city());
            out.event(trackingNumber, entry, code, description, reason, occurredAt, location, proof, id, where);
        }
        estimate(tracking, trackingNumber, path, out);
    }

    /** The event's time with the offset of where it happened; null when that cannot be known. */
    private static OffsetDateTime occurredAt(JsonNode event, String rawTime, String where) {
        try {
            return OffsetDateTime.parse(rawTime);
        } catch (DateTimeException notWithOffset) {
            // local time: placed below
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(rawTime);
        } catch (DateTimeException e) {
            throw new CarrierPayloadException(where + ".eventTimestamp: '" + rawTime + "' is not an ISO-8601 date-time", e);
        }
        String gmtOffset = text(event, "GMTOffset");
        if (gmtOffset != null) {
            try {
                return local.atOffset(ZoneOffset.of(gmtOffset));
            } catch (DateTimeException e) {
                throw new CarrierPayloadException(where + ".GMTOffset: '" + gmtOffset + "' is not an offset like -05:00", e);
            }
        }
        String gmt = text(event, "GMTTimestamp");
        if (gmt != null) {
            Instant utc = utcInstant(gmt, where + ".GMTTimestamp");
            long minutes = Duration.between(utc, local.toInstant(ZoneOffset.UTC)).toMinutes();
            long rounded = Math.round(minutes / 15.0) * 15;
            if (Math.abs(rounded) <= 18 * 60) {
                return local.atOffset(ZoneOffset.ofTotalSeconds((int) rounded * 60));
            }
        }
        return zone(text(event, "eventCountry"), text(event, "eventState")).map(z -> local.atZone(z).toOffsetDateTime()).orElse(null);
    }

    private static Instant utcInstant(String value, String where) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                // GMTTimestamp is UTC by definition: the one place where a time without offset is UTC
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw new CarrierPayloadException(where + ": '" + value + "' is not an ISO-8601 date-time", e);
            }
        }
    }

    private static Optional<ZoneId> zone(String country, String state) {
        String iso = country(country);
        if (iso == null && country != null) {
            return Optional.empty();
        }
        return LocalZones.of(iso == null ? "US" : iso, state);
    }

    /** {@code US} for an empty country or one naming the United States, a two-letter code as given, else null. */
    private static String country(String country) {
        if (country == null) {
            return null;
        }
        String upper = country.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("US") || upper.equals("USA") || upper.equals("UNITED STATES") || upper.equals("UNITED STATES OF AMERICA")) {
            return "US";
        }
        return upper.matches("[A-Z]{2}") ? upper : null;
    }

    private static String zip(JsonNode event) {
        return text(event, "eventZIP") != null ? text(event, "eventZIP") : text(event, "eventZIPCode");
    }

    private static Location location(JsonNode event, String where) {
        String city = text(event, "eventCity");
        String rawCountry = text(event, "eventCountry");
        String country = rawCountry == null ? (city != null || text(event, "eventState") != null ? "US" : null) : country(rawCountry);
        String zip = zip(event);
        if (city == null && country == null && zip == null) {
            return null;
        }
        try {
            return new Location(zip == null ? null : "USPS " + zip, city, country, null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ": location: " + e.getMessage(), e);
        }
    }

    private static ProofOfDelivery proof(JsonNode event) {
        String name = text(event, "name") != null ? text(event, "name") : text(event, "firm");
        if (name == null) {
            return null;
        }
        boolean agent = "true".equalsIgnoreCase(text(event, "authorizedAgent"));
        return new ProofOfDelivery(agent ? name + " (authorized agent)" : name, null, null, null);
    }

    private static void estimate(JsonNode tracking, CarrierTrackingNumber number, String path, ParsedBuilder out) {
        String field = text(tracking, "expectedDeliveryTimeStamp") != null ? "expectedDeliveryTimeStamp" : "predictedDeliveryTimeStamp";
        String value = text(tracking, field);
        if (value == null) {
            return;
        }
        String where = path + "." + field;
        Optional<ZoneId> zone = LocalZones.of("US", text(tracking, "destinationState"));
        OffsetDateTime latest;
        boolean wholeDay;
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(value);
            wholeDay = withOffset.toLocalTime().equals(LocalTime.MIDNIGHT);
            latest = withOffset;
        } catch (DateTimeException notWithOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(value);
            } catch (DateTimeException e) {
                out.warn(where + ": '" + value + "' is not an ISO-8601 date-time; skipped");
                return;
            }
            if (zone.isEmpty()) {
                out.warn(where + ": estimated delivery without offset and the destination's zone is not known; skipped");
                return;
            }
            wholeDay = local.toLocalTime().equals(LocalTime.MIDNIGHT);
            latest = local.atZone(zone.get()).toOffsetDateTime();
        }
        if (wholeDay) {
            ZoneId dayZone = zone.isPresent() ? zone.get() : latest.getOffset();
            OffsetDateTime start = latest.toLocalDate().atStartOfDay(dayZone).toOffsetDateTime();
            OffsetDateTime end = latest.toLocalDate().atTime(LocalTime.MAX).atZone(dayZone).toOffsetDateTime();
            out.estimate(new EstimatedDelivery(number, start, end));
        } else {
            out.estimate(new EstimatedDelivery(number, null, latest.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

}
