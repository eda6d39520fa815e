package io.waybill.adapters.carriers.fedex;

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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * FedEx Track API JSON: {@code output.completeTrackResults[].trackResults[].scanEvents[]} become events.
 *
 * <ul>
 *   <li>Milestones come from the scan's {@code eventType} ({@link FedexStatuses}), falling back to
 *       {@code derivedStatusCode} when the type is absent; unknown codes are {@link Unmapped}. The reason is the
 *       table's, followed by FedEx's exception code and description when the scan carries one.</li>
 *   <li>Times: FedEx scan dates carry the offset of the scan location ({@code 2018-02-02T12:01:00-07:00}) and
 *       are kept as they are. A date without offset is placed in the zone of the scan location's country and
 *       state ({@link LocalZones}); if that is unknown the scan is reported {@link Unmapped}, never read as UTC.</li>
 *   <li>The delivered scan carries proof of delivery from {@code deliveryDetails} (received-by or signed-by
 *       name).</li>
 *   <li>Estimated delivery: {@code estimatedDeliveryTimeWindow.window} (begins/ends), else
 *       {@code dateAndTimes[]} of type ESTIMATED_DELIVERY; a bound without offset is read in the zone of the
 *       destination (destination location, recipient, last updated destination address).</li>
 *   <li>A track result with an {@code error} (tracking number not found, ...) is reported as a warning.</li>
 *   <li>The package's own number ({@code trackingNumberInfo.trackingNumber}) names the shipment; the number
 *       that was asked for ({@code completeTrackResults[].trackingNumber}) is the fallback.</li>
 * </ul>
 */
@Singleton
@Named("fedex")
public final class FedexCarrier extends JsonCarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("fedex");


    /** @param clock stamps the received-at of the events */
    @Inject
    public FedexCarrier(Clock clock) {
        super(CODE, "FedEx", clock);
    }

    public FedexCarrier() {
        this(Clock.systemUTC());
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        return FedexTrackingNumbers.recognise(CODE, number);
    }

    /** FedEx Track API: {@code POST /track/v1/trackingnumbers} with up to 30 numbers and detailed scans. */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(30, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint, "/track/v1/trackingnumbers"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"includeDetailedScans\":true,\"trackingInfo\":["
                        + numbers.stream().map(n -> "{\"trackingNumberInfo\":{\"trackingNumber\":\"" + n.value() + "\"}}")
                                .collect(Collectors.joining(",")) + "]}"))));
    }

    @Override
    public Parsed parse(byte[] payload) {
        JsonNode root = CarrierJson.read(payload, "FedEx", false);
        JsonNode results = root.path("output").path("completeTrackResults");
        if (!results.isArray()) {
            JsonNode errors = root.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                throw new CarrierPayloadException("FedEx answered with errors instead of tracking data: " + errors);
            }
            throw new CarrierPayloadException("FedEx payload: $.output.completeTrackResults is missing or not an array; is this a FedEx Track API response?");
        }
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        for (int c = 0; c < results.size(); c++) {
            JsonNode complete = results.get(c);
            JsonNode trackResults = complete.path("trackResults");
            for (int t = 0; t < trackResults.size(); t++) {
                readResult(trackResults.get(t), text(complete, "trackingNumber"),
                        "$.output.completeTrackResults[" + c + "].trackResults[" + t + "]", out);
            }
        }
        return out.build();
    }

    private void readResult(JsonNode result, String askedFor, String path, ParsedBuilder out) {
        String own = text(result.path("trackingNumberInfo"), "trackingNumber");
        String number = own != null ? own : askedFor;
        JsonNode error = result.path("error");
        if (error.isObject()) {
            out.warn(path + " (" + number + "): FedEx error " + text(error, "code") + ": " + text(error, "message"));
        }
        JsonNode scans = result.path("scanEvents");
        if (!scans.isMissingNode() && !scans.isArray()) {
            throw new CarrierPayloadException(path + ".scanEvents must be an array");
        }
        if (scans.isEmpty() && !result.has("estimatedDeliveryTimeWindow") && !result.has("dateAndTimes")) {
            return;
        }
        if (number == null) {
            throw new CarrierPayloadException(path + ": no tracking number (trackingNumberInfo.trackingNumber or completeTrackResults[].trackingNumber)");
        }
        CarrierTrackingNumber trackingNumber = ParsedBuilder.trackingNumber(number, path + ".trackingNumberInfo.trackingNumber");
        boolean proofGiven = false;
        for (int i = 0; i < scans.size(); i++) {
            JsonNode scan = scans.get(i);
            String where = path + ".scanEvents[" + i + "]";
            String code = text(scan, "eventType") != null ? text(scan, "eventType") : text(scan, "derivedStatusCode");
            if (code == null) {
                throw new CarrierPayloadException(where + ": eventType and derivedStatusCode are both missing");
            }
            String description = text(scan, "eventDescription");
            JsonNode address = scan.path("scanLocation");
            Location location = location(address, text(scan, "locationId"), where);
            String rawTime = text(scan, "date");
            if (rawTime == null) {
                throw new CarrierPayloadException(where + ".date is missing");
            }
            OffsetDateTime occurredAt = dateTime(rawTime, LocalZones.of(text(address, "countryCode"), text(address, "stateOrProvinceCode")), where + ".date");
            if (occurredAt == null) {
                out.unmapped(new Unmapped(trackingNumber, code, description, null, rawTime, location,
                        "local time without offset and the scan location's zone is not known"));
                continue;
            }
            Optional<StatusTable.Entry> mapped = FedexStatuses.TABLE.lookup(code);
            if (mapped.isEmpty()) {
                out.unmapped(new Unmapped(trackingNumber, code, description, occurredAt, rawTime, location, "unknown FedEx event type " + code));
                continue;
            }
            StatusTable.Entry entry = mapped.get();
            String reason = reason(entry, scan);
            ProofOfDelivery proof = null;
            if (entry.milestone() == Milestone.DELIVERED && !proofGiven) {
                proof = proof(result.path("deliveryDetails"));
                proofGiven = true;
            }
            String id = ParsedBuilder.eventId(trackingNumber, code, occurredAt.toString(), text(scan, "locationId"),
                    location == null ? null : location.city(), text(scan, "exceptionCode"));
            out.event(trackingNumber, entry, code, description, reason, occurredAt, location, proof, id, where);
        }
        estimate(result, trackingNumber, path, out);
    }

    /** The table's reason, with FedEx's exception code and text when the scan carries them. */
    private static String reason(StatusTable.Entry entry, JsonNode scan) {
        String code = text(scan, "exceptionCode");
        String description = text(scan, "exceptionDescription");
        if (code == null && description == null) {
            return entry.reason();
        }
        return entry.reason() + "; exception " + (code == null ? "" : code + ": ") + (description == null ? "" : description);
    }

    private static ProofOfDelivery proof(JsonNode details) {
        String name = text(details, "receivedByName") != null ? text(details, "receivedByName") : text(details, "signedByName");
        return name == null ? null : new ProofOfDelivery(name, null, null, null);
    }

    private static void estimate(JsonNode result, CarrierTrackingNumber number, String path, ParsedBuilder out) {
        Optional<ZoneId> zone = destinationZone(result);
        JsonNode window = result.path("estimatedDeliveryTimeWindow").path("window");
        String begins = text(window, "begins");
        String ends = text(window, "ends");
        String where = path + ".estimatedDeliveryTimeWindow.window";
        if (begins == null && ends == null) {
            for (JsonNode dateAndTime : result.path("dateAndTimes")) {
                if ("ESTIMATED_DELIVERY".equals(text(dateAndTime, "type"))) {
                    ends = text(dateAndTime, "dateTime");
                    where = path + ".dateAndTimes";
                }
            }
        }
        if (begins == null && ends == null) {
            return;
        }
        OffsetDateTime earliest = begins == null ? null : dateTime(begins, zone, where + ".begins");
        OffsetDateTime latest = ends == null ? null : dateTime(ends, zone, where + ".ends");
        if ((begins != null && earliest == null) || (ends != null && latest == null)) {
            out.warn(where + ": estimated delivery without offset and the destination's zone is not known; skipped");
            return;
        }
        try {
            out.estimate(new EstimatedDelivery(number, earliest, latest));
        } catch (IllegalArgumentException e) {
            out.warn(where + ": " + e.getMessage() + "; skipped");
        }
    }

    private static Optional<ZoneId> destinationZone(JsonNode result) {
        for (JsonNode address : new JsonNode[] {
                result.path("destinationLocation").path("locationContactAndAddress").path("address"),
                result.path("recipientInformation").path("address"),
                result.path("lastUpdatedDestinationAddress")}) {
            Optional<ZoneId> zone = LocalZones.of(text(address, "countryCode"), text(address, "stateOrProvinceCode"));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }


    private static Location location(JsonNode address, String locationId, String where) {
        String city = text(address, "city");
        String country = text(address, "countryCode");
        if (locationId == null && city == null && country == null) {
            return null;
        }
        try {
            return new Location(locationId == null ? null : "FedEx " + locationId, city, country, null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ".scanLocation: " + e.getMessage(), e);
        }
    }

}
