package io.waybill.adapters.carriers.dhl;

import static io.waybill.adapters.carriers.spi.CarrierJson.dateTime;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import static io.waybill.adapters.carriers.spi.CarrierJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.carriers.spi.CarrierJson;
import io.waybill.adapters.carriers.spi.CarrierXml;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DHL Shipment Tracking – Unified API JSON ({@code GET /track/shipments}): {@code shipments[].events[]} become
 * events; a shipment without events contributes its {@code status} instead.
 *
 * <ul>
 *   <li>Milestones come from {@code statusCode} ({@link DhlStatuses}): {@code transit}, {@code delivered},
 *       {@code failure}; {@code pre-transit}, {@code unknown} and any other code are {@link Unmapped}. The raw
 *       text is DHL's {@code description}, else its {@code status}.</li>
 *   <li>Times: a {@code timestamp} with an offset (or {@code Z}) is kept as it is. DHL sends many timestamps
 *       without offset; those are the local time of the event's place and are read in the zone of
 *       {@code location.address}: its {@code countryCode}, and for the US and Canada the state/province taken
 *       from {@code addressLocality} when it ends in {@code ", ST"} or {@code ", ST, US"} ({@link LocalZones};
 *       multi-zone countries other than US/CA are not resolved). When the zone is not known the event is
 *       {@link Unmapped} with its raw time, never read as UTC.</li>
 *   <li>Location: the {@code addressLocality} without its trailing state and country parts, and the
 *       {@code countryCode} (or the trailing country part).</li>
 *   <li>The first delivered event carries {@code details.proofOfDelivery}: who signed ({@code signed} or
 *       {@code signee}: a person's {@code name}, or given and family name, or plain text), and as signature
 *       reference DHL's {@code signatureUrl}, else its ePOD {@code documentUrl} (placeholders such as
 *       "string" are ignored).</li>
 *   <li>Estimated delivery: {@code estimatedDeliveryTimeFrame} (from/through), else
 *       {@code estimatedTimeOfDelivery} as the latest time; values without offset are read in the zone of the
 *       shipment's {@code destination.address}, and skipped with a warning when that is unknown.</li>
 *   <li>A problem answer ({@code status}/{@code title}/{@code detail}) of 404 is a warning (tracking number not
 *       found); any other problem answer fails with its detail.</li>
 * </ul>
 * A payload that starts with {@code <} is DHL Express's XML Services tracking response instead, read by
 * {@link DhlExpressXml} with its own code table; polling asks the Unified API only.
 */
@Singleton
@Named("dhl")
public final class DhlCarrier extends JsonCarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("dhl");


    /** @param clock stamps the received-at of the events */
    @Inject
    public DhlCarrier(Clock clock) {
        super(CODE, "DHL", clock);
    }

    public DhlCarrier() {
        this(Clock.systemUTC());
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        return DhlTrackingNumbers.recognise(CODE, number);
    }

    /** DHL Shipment Tracking – Unified: {@code GET /track/shipments?trackingNumber=}, one number per request. */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(1, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                "/track/shipments?trackingNumber=" + numbers.getFirst().value())).header("Accept", "application/json").GET()));
    }

    @Override
    public Parsed parse(byte[] payload) {
        if (payload != null && CarrierXml.looksLikeXml(payload)) {
            return DhlExpressXml.parse(payload, clock.instant()); // DHL Express XML Services, pushed or uploaded
        }
        JsonNode root = CarrierJson.read(payload, "DHL", false);
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        JsonNode shipments = root.path("shipments");
        if (!shipments.isArray()) {
            if (root.path("status").isNumber() && (root.has("title") || root.has("detail"))) {
                String problem = "DHL answered " + root.path("status").asInt() + " " + text(root, "title") + ": " + text(root, "detail");
                if (root.path("status").asInt() == 404) {
                    return out.warn(problem).build();
                }
                throw new CarrierPayloadException(problem);
            }
            throw new CarrierPayloadException("DHL payload: $.shipments is missing or not an array; is this a DHL Shipment Tracking response?");
        }
        for (int s = 0; s < shipments.size(); s++) {
            readShipment(shipments.get(s), "$.shipments[" + s + "]", out);
        }
        return out.build();
    }

    private void readShipment(JsonNode shipment, String path, ParsedBuilder out) {
        String id = text(shipment, "id");
        if (id == null) {
            throw new CarrierPayloadException(path + ".id is missing");
        }
        CarrierTrackingNumber trackingNumber = ParsedBuilder.trackingNumber(id, path + ".id");
        JsonNode events = shipment.path("events");
        if (!events.isMissingNode() && !events.isNull() && !events.isArray()) {
            throw new CarrierPayloadException(path + ".events must be an array");
        }
        Map<String, JsonNode> reports = reports(shipment, events, path);
        boolean proofGiven = false;
        for (Map.Entry<String, JsonNode> each : reports.entrySet()) {
            JsonNode report = each.getValue();
            String where = each.getKey();
            String code = text(report, "statusCode");
            String rawText = text(report, "description") != null ? text(report, "description") : text(report, "status");
            JsonNode address = report.path("location").path("address");
            Place place = place(address);
            Location location = location(place, where);
            String rawTime = text(report, "timestamp");
            if (rawTime == null) {
                throw new CarrierPayloadException(where + ".timestamp is missing");
            }
            OffsetDateTime occurredAt = dateTime(rawTime, place.zone(), where + ".timestamp");
            if (code == null) {
                out.unmapped(new Unmapped(trackingNumber, "", rawText, occurredAt, rawTime, location, "DHL event without statusCode"));
                continue;
            }
            if (occurredAt == null) {
                out.unmapped(new Unmapped(trackingNumber, code, rawText, null, rawTime, location,
                        "local time without offset and the location's zone is not known"));
                continue;
            }
            Optional<StatusTable.Entry> mapped = DhlStatuses.TABLE.lookup(code);
            if (mapped.isEmpty()) {
                out.unmapped(new Unmapped(trackingNumber, code, rawText, occurredAt, rawTime, location, "unmapped DHL status code " + code));
                continue;
            }
            StatusTable.Entry entry = mapped.get();
            ProofOfDelivery proof = null;
            if (entry.milestone() == Milestone.DELIVERED && !proofGiven) {
                proof = proof(shipment.path("details").path("proofOfDelivery"));
                proofGiven = true;
            }
            String reason = entry.milestone() == Milestone.HELD && rawText != null ? entry.reason() + ": " + rawText : entry.reason();
            String eventId = ParsedBuilder.eventId(trackingNumber, code.toLowerCase(Locale.ROOT), occurredAt.toString(),
                    text(address, "addressLocality"), text(address, "countryCode"), rawText);
            out.event(trackingNumber, entry, code.toLowerCase(Locale.ROOT), rawText, reason, occurredAt, location, proof, eventId, where);
        }
        estimate(shipment, trackingNumber, path, out);
    }

    /**
     * The shipment's reports by their path in the payload, in payload order: its events, or its current status when it
     * lists no events.
     */
    private static Map<String, JsonNode> reports(JsonNode shipment, JsonNode events, String path) {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (int e = 0; e < events.size(); e++) {
            reports.put(path + ".events[" + e + "]", events.get(e));
        }
        if (reports.isEmpty() && shipment.path("status").isObject()) {
            reports.put(path + ".status", shipment.path("status"));
        }
        return reports;
    }

    /** Where a DHL address is: its cleaned locality, country and (US/CA) state. */
    record Place(String locality, String country, String state) {

        Optional<ZoneId> zone() {
            return country == null ? Optional.empty() : LocalZones.of(country, state);
        }
    }

    static Place place(JsonNode address) {
        String country = text(address, "countryCode");
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        String locality = text(address, "addressLocality");
        if (locality == null) {
            return new Place(null, country, null);
        }
        List<String> parts = new ArrayList<>(Arrays.stream(locality.split(",")).map(String::strip).toList());
        if (parts.size() > 1 && twoLetters(parts.getLast()) && parts.getLast().equalsIgnoreCase(country)) {
            parts.removeLast(); // "Hebron, KY, US" with countryCode US
        } else if (country == null && parts.size() > 2 && twoLetters(parts.getLast()) && twoLetters(parts.get(parts.size() - 2))) {
            country = parts.removeLast().toUpperCase(Locale.ROOT); // "Hebron, KY, US" without countryCode
        }
        String state = null;
        if (("US".equals(country) || "CA".equals(country)) && parts.size() > 1) {
            if (twoLetters(parts.getLast())) {
                state = parts.removeLast().toUpperCase(Locale.ROOT);
            }
        }
        return new Place(String.join(", ", parts), country, state);
    }

    private static boolean twoLetters(String part) {
        return part.matches("[A-Za-z]{2}");
    }

    private static Location location(Place place, String where) {
        if (place.locality() == null && place.country() == null) {
            return null;
        }
        try {
            return new Location(null, place.locality(), place.country(), null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ".location: " + e.getMessage(), e);
        }
    }

    private static ProofOfDelivery proof(JsonNode pod) {
        if (!pod.isObject()) {
            return null;
        }
        JsonNode signer = pod.has("signed") ? pod.path("signed") : pod.path("signee");
        String name;
        if (signer.isObject()) {
            name = text(signer, "name");
            if (name == null && (text(signer, "givenName") != null || text(signer, "familyName") != null)) {
                name = String.join(" ", Arrays.stream(new String[] {text(signer, "givenName"), text(signer, "familyName")})
                        .filter(part -> part != null).toList());
            }
        } else {
            name = signer.isValueNode() ? placeholderless(signer.asText()) : null;
        }
        String signature = placeholderless(text(pod, "signatureUrl"));
        String reference = signature != null ? signature : placeholderless(text(pod, "documentUrl"));
        if (name == null && reference == null) {
            return null;
        }
        return new ProofOfDelivery(name, reference, null, null);
    }

    /** Null for empty values and the placeholder "string" of DHL's example payloads. */
    private static String placeholderless(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("string") ? null : value.strip();
    }

    private static void estimate(JsonNode shipment, CarrierTrackingNumber number, String path, ParsedBuilder out) {
        Optional<ZoneId> zone = place(shipment.path("destination").path("address")).zone();
        JsonNode frame = shipment.path("estimatedDeliveryTimeFrame");
        String from = text(frame, "estimatedFrom");
        String through = text(frame, "estimatedThrough");
        String where = path + ".estimatedDeliveryTimeFrame";
        if (from == null && through == null) {
            through = text(shipment, "estimatedTimeOfDelivery");
            where = path + ".estimatedTimeOfDelivery";
        }
        if (from == null && through == null) {
            return;
        }
        OffsetDateTime earliest = from == null ? null : dateTime(from, zone, where);
        OffsetDateTime latest = through == null ? null : dateTime(through, zone, where);
        if ((from != null && earliest == null) || (through != null && latest == null)) {
            out.warn(where + ": estimated delivery without offset and the destination's zone is not known; skipped");
            return;
        }
        try {
            out.estimate(new EstimatedDelivery(number, earliest, latest));
        } catch (IllegalArgumentException e) {
            out.warn(where + ": " + e.getMessage() + "; skipped");
        }
    }
}
