package io.waybill.adapters.carriers.royalmail;

import static io.waybill.adapters.carriers.spi.CarrierJson.dateTime;
import static io.waybill.adapters.carriers.spi.CarrierJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.carriers.spi.CarrierJson;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.JsonCarrierAdapter;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.TrackingRequests;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Royal Mail Tracking API (V2) JSON, the answer of the events operation
 * ({@code GET /mailpieces/v2/{mailPieceId}/events}): {@code mailPieces.events[]} become events. A list of mail
 * pieces ({@code mailPieces[]}, as the summary operation answers) is read piece by piece; a piece without events
 * contributes its summary's last event instead.
 *
 * <ul>
 *   <li>Milestones come from {@code eventCode} ({@link RoyalMailStatuses}); the raw text is Royal Mail's
 *       {@code eventName}. Unknown codes are {@link Unmapped}.</li>
 *   <li>Times: Royal Mail sends {@code eventDateTime} as ISO-8601 with the offset of the UK at that moment
 *       ({@code 2016-10-20T10:04:00+01:00}); an offset, or {@code Z}, is kept as sent. Events carry no country, so a
 *       time without offset is placed only for a domestic item (the summary's {@code originCountryCode} and
 *       {@code destinationCountryCode}, ISO alpha-3 or alpha-2, name the same single-zone country: {@code GBR} gives
 *       {@code Europe/London} through {@link LocalZones}); otherwise the event is {@link Unmapped} with its raw
 *       time, never read as UTC.</li>
 *   <li>Location: the facility is {@code locationName} as sent ({@code Stafford DO}, {@code Birmingham MC}); the
 *       country is set only for a domestic item, for the same reason. No location name and not domestic: no
 *       location.</li>
 *   <li>The first delivered event carries proof of delivery from {@code signature}: {@code recipientName}, and the
 *       reference {@code royalmail:<number>:signature} when Royal Mail holds a signature image ({@code imageId});
 *       the image itself is not kept.</li>
 *   <li>Estimated delivery: {@code estimatedDelivery.date} with {@code startOfEstimatedWindow} and
 *       {@code endOfEstimatedWindow} (times with an offset, {@code 08:00:00+01:00}); a missing bound is the start or
 *       end of that day, a bound without offset is read, in the zone of {@code destinationCountryCode}. An estimate
 *       that cannot be placed is skipped with a warning.</li>
 *   <li>The piece's {@code mailPieceId} (the id the request named: the 1D barcode or the 2D item id) names the
 *       shipment; the summary's {@code oneDBarcode} is the fallback.</li>
 *   <li>Source event id: tracking number, event code, occurred-at, location name.</li>
 *   <li>An error answer ({@code httpCode}, {@code errors[]}) that says the item is not found (404, error
 *       {@code E1142}) is a warning; any other fails with Royal Mail's error code and description. A piece of a list
 *       with an {@code error} is a warning.</li>
 *   <li>Polling: one number per request; Royal Mail wants its client id and secret in {@code X-IBM-Client-Id} and
 *       {@code X-IBM-Client-Secret}, which the poller's {@code authorization} setting cannot send, so the adapter
 *       adds them itself from {@code waybill.carriers.royalmail.poll.client-id} and {@code .client-secret}.</li>
 * </ul>
 */
@Singleton
@Named("royalmail")
public final class RoyalMailCarrier extends JsonCarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("royalmail");

    /** ISO 3166 alpha-3 to alpha-2: Royal Mail names countries in alpha-3 ({@code GBR}), Waybill in alpha-2. */
    private static final Map<String, String> ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(country -> Locale.of("", country).getISO3Country(), country -> country));

    private final Optional<String> clientId;
    private final Optional<String> clientSecret;

    /**
     * @param clock        stamps the received-at of the events
     * @param clientId     Royal Mail API client id, sent as {@code X-IBM-Client-Id} when polling
     * @param clientSecret Royal Mail API client secret, sent as {@code X-IBM-Client-Secret} when polling
     */
    @Inject
    public RoyalMailCarrier(Clock clock,
            @ConfigProperty(name = "waybill.carriers.royalmail.poll.client-id") Optional<String> clientId,
            @ConfigProperty(name = "waybill.carriers.royalmail.poll.client-secret") Optional<String> clientSecret) {
        super(CODE, "Royal Mail", clock);
        this.clientId = clientId.filter(s -> !s.isBlank());
        this.clientSecret = clientSecret.filter(s -> !s.isBlank());
    }

    /** Without API credentials (pushes, tests). */
    public RoyalMailCarrier(Clock clock) {
        this(clock, Optional.empty(), Optional.empty());
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        return RoyalMailTrackingNumbers.recognise(CODE, number);
    }

    /** Royal Mail Tracking API V2: {@code GET /mailpieces/v2/{mailPieceId}/events}, one number per request. */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(1, (endpoint, numbers) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                    "/mailpieces/v2/" + numbers.getFirst().value() + "/events"))
                    .header("Accept", "application/json").header("X-Accept-RMG-Terms", "yes").GET();
            clientId.ifPresent(id -> request.header("X-IBM-Client-Id", id));
            clientSecret.ifPresent(secret -> request.header("X-IBM-Client-Secret", secret));
            return request;
        }));
    }

    @Override
    public Parsed parse(byte[] payload) {
        JsonNode root = CarrierJson.read(payload, "Royal Mail", false);
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        JsonNode pieces = root.path("mailPieces");
        if (pieces.isObject()) {
            readPiece(pieces, "$.mailPieces", out);
        } else if (pieces.isArray()) {
            for (int p = 0; p < pieces.size(); p++) {
                if (!pieces.get(p).isObject()) {
                    throw new CarrierPayloadException("$.mailPieces[" + p + "] must be an object");
                }
                readPiece(pieces.get(p), "$.mailPieces[" + p + "]", out);
            }
        } else {
            JsonNode errors = root.path("errors");
            if (root.has("httpCode") || (errors.isArray() && !errors.isEmpty())) {
                String problem = "Royal Mail answered " + text(root, "httpCode") + " " + text(root, "httpMessage") + errors(errors);
                if ("404".equals(text(root, "httpCode")) || hasError(errors, "E1142")) {
                    return out.warn(problem).build();
                }
                throw new CarrierPayloadException(problem);
            }
            throw new CarrierPayloadException("Royal Mail payload: $.mailPieces is missing; is this a Royal Mail Tracking API response?");
        }
        return out.build();
    }

    private void readPiece(JsonNode piece, String path, ParsedBuilder out) {
        JsonNode summary = piece.path("summary");
        String id = text(piece, "mailPieceId") != null ? text(piece, "mailPieceId") : text(summary, "oneDBarcode");
        JsonNode error = piece.path("error");
        if (error.isObject()) {
            out.warn(path + " (" + id + "): Royal Mail error " + text(error, "errorCode") + ": " + text(error, "errorDescription"));
        }
        JsonNode events = piece.path("events");
        if (!events.isMissingNode() && !events.isNull() && !events.isArray()) {
            throw new CarrierPayloadException(path + ".events must be an array");
        }
        boolean lastEventOnly = events.isEmpty() && text(summary, "lastEventCode") != null;
        if (events.isEmpty() && !lastEventOnly && !piece.path("estimatedDelivery").isObject()) {
            return;
        }
        if (id == null) {
            throw new CarrierPayloadException(path + ": no tracking number (neither mailPieceId nor summary.oneDBarcode)");
        }
        CarrierTrackingNumber number = ParsedBuilder.trackingNumber(id, path + ".mailPieceId");
        Optional<String> domestic = domesticCountry(summary);
        ProofOfDelivery proof = proof(piece.path("signature"), number);
        if (lastEventOnly) {
            report(number, text(summary, "lastEventCode"), text(summary, "lastEventName"), text(summary, "lastEventDateTime"),
                    text(summary, "lastEventLocationName"), domestic, proof, path + ".summary", out);
        }
        boolean proofGiven = false;
        for (int e = 0; e < events.size(); e++) {
            JsonNode event = events.get(e);
            proofGiven |= report(number, text(event, "eventCode"), text(event, "eventName"), text(event, "eventDateTime"),
                    text(event, "locationName"), domestic, proofGiven ? null : proof, path + ".events[" + e + "]", out);
        }
        estimate(piece.path("estimatedDelivery"), summary, number, path + ".estimatedDelivery", out);
    }

    /** One event or unmapped report; true when it is a delivered event, which then carries {@code proof}. */
    private boolean report(CarrierTrackingNumber number, String code, String name, String rawTime, String locationName,
            Optional<String> domestic, ProofOfDelivery proof, String where, ParsedBuilder out) {
        if (code == null) {
            throw new CarrierPayloadException(where + ": the event code is missing");
        }
        if (rawTime == null) {
            throw new CarrierPayloadException(where + ": the event's date-time is missing");
        }
        Location location = location(locationName, domestic, where);
        OffsetDateTime occurredAt = dateTime(rawTime, domestic.flatMap(country -> LocalZones.of(country, null)), where);
        if (occurredAt == null) {
            out.unmapped(new Unmapped(number, code, name, null, rawTime, location,
                    "local time without offset, and the item is not domestic (the scan's country is unknown)"));
            return false;
        }
        Optional<StatusTable.Entry> mapped = RoyalMailStatuses.TABLE.lookup(code);
        if (mapped.isEmpty()) {
            out.unmapped(new Unmapped(number, code, name, occurredAt, rawTime, location, "unknown Royal Mail event code " + code));
            return false;
        }
        StatusTable.Entry entry = mapped.get();
        boolean delivered = entry.milestone() == Milestone.DELIVERED;
        String id = ParsedBuilder.eventId(number, code, occurredAt.toString(), locationName);
        out.event(number, entry, code, name, entry.reason(), occurredAt, location, delivered ? proof : null, id, where);
        return delivered;
    }

    private static ProofOfDelivery proof(JsonNode signature, CarrierTrackingNumber number) {
        String receivedBy = ParsedBuilder.clip(text(signature, "recipientName"), 128);
        String image = text(signature, "imageId") != null ? "royalmail:" + number + ":signature" : null;
        return receivedBy == null && image == null ? null : new ProofOfDelivery(receivedBy, image, null, null);
    }

    private static void estimate(JsonNode estimate, JsonNode summary, CarrierTrackingNumber number, String where, ParsedBuilder out) {
        if (!estimate.isObject() || text(estimate, "date") == null) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text(estimate, "date"));
        } catch (DateTimeException e) {
            out.warn(where + ".date: '" + text(estimate, "date") + "' is not yyyy-MM-dd; skipped");
            return;
        }
        Optional<ZoneId> zone = Optional.ofNullable(alpha2(text(summary, "destinationCountryCode"))).flatMap(c -> LocalZones.of(c, null));
        try {
            OffsetDateTime earliest = bound(day, text(estimate, "startOfEstimatedWindow"), LocalTime.MIN, zone, where + ".startOfEstimatedWindow");
            OffsetDateTime latest = bound(day, text(estimate, "endOfEstimatedWindow"), LocalTime.MAX, zone, where + ".endOfEstimatedWindow");
            if (earliest == null || latest == null) {
                out.warn(where + ": estimated delivery without offset and the destination's time zone is not known; skipped");
                return;
            }
            out.estimate(new EstimatedDelivery(number, earliest, latest));
        } catch (IllegalArgumentException e) {
            out.warn(where + ": " + e.getMessage() + "; skipped");
        }
    }

    /** One end of the window: a time with offset as given; without one (or none at all), in {@code zone}. */
    private static OffsetDateTime bound(LocalDate day, String value, LocalTime otherwise, Optional<ZoneId> zone, String where) {
        if (value != null) {
            try {
                return OffsetTime.parse(value).atDate(day);
            } catch (DateTimeException withoutOffset) {
                try {
                    LocalTime time = LocalTime.parse(value);
                    return zone.map(z -> day.atTime(time).atZone(z).toOffsetDateTime()).orElse(null);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(where + ": '" + value + "' is not a time like 08:00:00+01:00", e);
                }
            }
        }
        return zone.map(z -> day.atTime(otherwise).atZone(z).toOffsetDateTime()).orElse(null);
    }


    /** The country of a domestic item (origin and destination the same), as ISO alpha-2; empty otherwise. */
    private static Optional<String> domesticCountry(JsonNode summary) {
        String origin = alpha2(text(summary, "originCountryCode"));
        String destination = alpha2(text(summary, "destinationCountryCode"));
        return origin != null && origin.equals(destination) ? Optional.of(origin) : Optional.empty();
    }

    /** ISO 3166 alpha-2 for an alpha-2 or alpha-3 code ({@code GBR} gives {@code GB}); null when unknown. */
    static String alpha2(String code) {
        if (code == null) {
            return null;
        }
        String value = code.strip().toUpperCase(Locale.ROOT);
        if (value.length() == 2) {
            return value;
        }
        return value.length() == 3 ? ALPHA3.get(value) : null;
    }

    private static Location location(String name, Optional<String> country, String where) {
        if (name == null && country.isEmpty()) {
            return null;
        }
        try {
            return new Location(ParsedBuilder.clip(name, 128), null, country.orElse(null), null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ".locationName: " + e.getMessage(), e);
        }
    }

    private static String errors(JsonNode errors) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode error : errors) {
            joined.append("; ").append(text(error, "errorCode")).append(": ").append(text(error, "errorDescription"));
        }
        return joined.toString();
    }

    private static boolean hasError(JsonNode errors, String code) {
        for (JsonNode error : errors) {
            if (code.equals(text(error, "errorCode"))) {
                return true;
            }
        }
        return false;
    }
}
