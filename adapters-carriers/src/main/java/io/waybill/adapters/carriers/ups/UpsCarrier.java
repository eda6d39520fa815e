package io.waybill.adapters.carriers.ups;

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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * UPS Track API (v1) JSON: {@code trackResponse.shipment[].package[].activity[]} become events.
 *
 * <ul>
 *   <li>Milestones come from the activity's status type ({@link UpsStatuses}); the raw code is
 *       {@code type/code} (e.g. {@code X/SR}), the raw text UPS's description. Unknown types are
 *       {@link Unmapped}.</li>
 *   <li>Times: UPS gives {@code date} (yyyyMMdd) and {@code time} (HHmmss) in the local time of the activity's
 *       location. When the activity carries {@code gmtOffset} that offset is used; otherwise the zone of the
 *       location's country and state ({@link LocalZones}). When neither is known the activity is reported as
 *       {@link Unmapped} with its raw time, never stamped as UTC.</li>
 *   <li>The delivered activity carries proof of delivery from {@code deliveryInformation}: who received it,
 *       and references {@code ups:<number>:signature} / {@code ups:<number>:photo} when UPS sent a signature or
 *       a photo (the images themselves are not kept in events).</li>
 *   <li>Estimated delivery: {@code deliveryDate[]} of type SDD (scheduled) or RDD (rescheduled), with the
 *       {@code deliveryTime} window if given, in the zone of the package's destination address. Values UPS left
 *       as placeholders are skipped with a warning.</li>
 *   <li>The package's {@code trackingNumber} names the shipment; a value without a digit (UPS's example
 *       payload says "string") is a placeholder and the shipment's {@code inquiryNumber} is used instead.</li>
 * </ul>
 */
@Singleton
@Named("ups")
public final class UpsCarrier extends JsonCarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("ups");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    /** @param clock stamps the received-at of the events */
    @Inject
    public UpsCarrier(Clock clock) {
        super(CODE, "UPS", clock);
    }

    public UpsCarrier() {
        this(Clock.systemUTC());
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        if (UpsTrackingNumbers.validOneZ(number)) {
            return Optional.of(new Recognition(CODE, 0.99, "UPS 1Z format with valid check digit"));
        }
        return Optional.empty();
    }

    /** UPS Track API: {@code GET /api/track/v1/details/{inquiryNumber}}, one number per request. */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(1, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                "/api/track/v1/details/" + numbers.getFirst().value() + "?locale=en_US&returnSignature=true"))
                .header("transId", UUID.randomUUID().toString()).header("transactionSrc", "waybill")
                .header("Accept", "application/json").GET()));
    }

    @Override
    public Parsed parse(byte[] payload) {
        JsonNode root = CarrierJson.read(payload, "UPS", false);
        JsonNode trackResponse = root.path("trackResponse");
        if (!trackResponse.isObject()) {
            JsonNode errors = root.path("response").path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                throw new CarrierPayloadException("UPS answered with errors instead of tracking data: " + errors);
            }
            throw new CarrierPayloadException("UPS payload: $.trackResponse is missing; is this a UPS Track API response?");
        }
        JsonNode shipments = trackResponse.path("shipment");
        if (!shipments.isArray()) {
            throw new CarrierPayloadException("UPS payload: $.trackResponse.shipment must be an array");
        }
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        for (int s = 0; s < shipments.size(); s++) {
            JsonNode shipment = shipments.get(s);
            String shipmentPath = "$.trackResponse.shipment[" + s + "]";
            for (JsonNode warning : shipment.path("warnings")) {
                out.warn(shipmentPath + ": UPS warning " + text(warning, "code") + ": " + text(warning, "message"));
            }
            JsonNode packages = shipment.path("package");
            for (int p = 0; p < packages.size(); p++) {
                readPackage(packages.get(p), text(shipment, "inquiryNumber"), shipmentPath + ".package[" + p + "]", out);
            }
        }
        return out.build();
    }

    private void readPackage(JsonNode pkg, String inquiryNumber, String path, ParsedBuilder out) {
        String declared = text(pkg, "trackingNumber");
        String number = declared != null && declared.chars().anyMatch(Character::isDigit) ? declared : inquiryNumber;
        if (number == null) {
            throw new CarrierPayloadException(path + ": no tracking number (neither trackingNumber nor the shipment's inquiryNumber)");
        }
        CarrierTrackingNumber trackingNumber = ParsedBuilder.trackingNumber(number, path + ".trackingNumber");
        JsonNode activities = pkg.path("activity");
        if (!activities.isMissingNode() && !activities.isArray()) {
            throw new CarrierPayloadException(path + ".activity must be an array");
        }
        boolean proofGiven = false;
        for (int a = 0; a < activities.size(); a++) {
            JsonNode activity = activities.get(a);
            String where = path + ".activity[" + a + "]";
            JsonNode status = activity.path("status");
            String type = text(status, "type");
            if (type == null) {
                throw new CarrierPayloadException(where + ".status.type is missing");
            }
            String rawCode = type + (text(status, "code") == null ? "" : "/" + text(status, "code"));
            String description = text(status, "description");
            Location location = location(activity.path("location"), where);
            LocalDateTime local = localTime(activity, where);
            Optional<ZoneId> zone = zone(activity, where);
            String rawTime = text(activity, "date") + " " + text(activity, "time");
            if (zone.isEmpty()) {
                out.unmapped(new Unmapped(trackingNumber, rawCode, description, null, rawTime, location,
                        "local time without a known zone (no gmtOffset, location not resolvable)"));
                continue;
            }
            OffsetDateTime occurredAt = local.atZone(zone.get()).toOffsetDateTime();
            Optional<StatusTable.Entry> mapped = UpsStatuses.TABLE.lookup(type);
            if (mapped.isEmpty()) {
                out.unmapped(new Unmapped(trackingNumber, rawCode, description, occurredAt, rawTime, location,
                        "unknown UPS status type " + type));
                continue;
            }
            StatusTable.Entry entry = mapped.get();
            ProofOfDelivery proof = null;
            if (entry.milestone() == Milestone.DELIVERED && !proofGiven) {
                proof = proof(pkg.path("deliveryInformation"), trackingNumber);
                proofGiven = true;
            }
            String reason = entry.milestone() == Milestone.HELD && description != null ? entry.reason() + ": " + description : entry.reason();
            String id = ParsedBuilder.eventId(trackingNumber, rawCode, occurredAt.toString(), text(activity.path("location"), "slic"),
                    location == null ? null : location.city());
            out.event(trackingNumber, entry, rawCode, description, reason, occurredAt, location, proof, id, where);
        }
        estimate(pkg, trackingNumber, path, out);
    }

    private static ProofOfDelivery proof(JsonNode info, CarrierTrackingNumber number) {
        if (!info.isObject()) {
            return null;
        }
        String receivedBy = text(info, "receivedBy");
        String signature = text(info.path("signature"), "image") != null ? "ups:" + number + ":signature" : null;
        String photo = text(info.path("deliveryPhoto"), "photo") != null ? "ups:" + number + ":photo" : null;
        if (receivedBy == null && signature == null && photo == null) {
            return null;
        }
        return new ProofOfDelivery(receivedBy, signature, photo, null);
    }

    private static void estimate(JsonNode pkg, CarrierTrackingNumber number, String path, ParsedBuilder out) {
        JsonNode dates = pkg.path("deliveryDate");
        for (int d = 0; d < dates.size(); d++) {
            JsonNode date = dates.get(d);
            String type = text(date, "type");
            if (!"SDD".equals(type) && !"RDD".equals(type)) {
                continue;
            }
            String where = path + ".deliveryDate[" + d + "]";
            Optional<ZoneId> zone = destinationZone(pkg);
            LocalDate day;
            try {
                day = LocalDate.parse(text(date, "date"), DATE);
            } catch (DateTimeException | NullPointerException e) {
                out.warn(where + ": estimated delivery date '" + text(date, "date") + "' is not yyyyMMdd; skipped");
                continue;
            }
            if (zone.isEmpty()) {
                out.warn(where + ": estimated delivery skipped, the destination's time zone is not known");
                continue;
            }
            LocalTime start = LocalTime.MIDNIGHT;
            LocalTime end = LocalTime.MAX;
            JsonNode window = pkg.path("deliveryTime");
            try {
                if (text(window, "startTime") != null) {
                    start = LocalTime.parse(text(window, "startTime"), TIME);
                }
                if (text(window, "endTime") != null) {
                    end = LocalTime.parse(text(window, "endTime"), TIME);
                }
            } catch (DateTimeException e) {
                out.warn(path + ".deliveryTime: window is not HHmmss; the whole day is used");
                start = LocalTime.MIDNIGHT;
                end = LocalTime.MAX;
            }
            out.estimate(new EstimatedDelivery(number, day.atTime(start).atZone(zone.get()).toOffsetDateTime(),
                    day.atTime(end).atZone(zone.get()).toOffsetDateTime()));
        }
    }

    private static Optional<ZoneId> destinationZone(JsonNode pkg) {
        for (JsonNode address : pkg.path("packageAddress")) {
            String type = text(address, "type");
            if (type != null && type.contains("DESTINATION")) {
                JsonNode a = address.path("address");
                Optional<ZoneId> zone = LocalZones.of(countryOf(a), text(a, "stateProvince"));
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDateTime localTime(JsonNode activity, String where) {
        String date = text(activity, "date");
        String time = text(activity, "time");
        if (date == null || time == null) {
            throw new CarrierPayloadException(where + ": date and time are required (got date=" + date + ", time=" + time + ")");
        }
        try {
            return LocalDate.parse(date, DATE).atTime(LocalTime.parse(time, TIME));
        } catch (DateTimeException e) {
            throw new CarrierPayloadException(where + ": date '" + date + "' / time '" + time + "' are not yyyyMMdd / HHmmss", e);
        }
    }

    private static Optional<ZoneId> zone(JsonNode activity, String where) {
        String gmtOffset = text(activity, "gmtOffset");
        if (gmtOffset != null) {
            try {
                return Optional.of(ZoneOffset.of(gmtOffset));
            } catch (DateTimeException e) {
                throw new CarrierPayloadException(where + ".gmtOffset: '" + gmtOffset + "' is not an offset like -05:00", e);
            }
        }
        JsonNode address = activity.path("location").path("address");
        return LocalZones.of(countryOf(address), text(address, "stateProvince"));
    }

    private static Location location(JsonNode location, String where) {
        JsonNode address = location.path("address");
        String slic = text(location, "slic");
        String city = text(address, "city");
        String country = countryOf(address);
        if (slic == null && city == null && country == null) {
            return null;
        }
        try {
            return new Location(slic == null ? null : "UPS " + slic, city, country, null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ".location: " + e.getMessage(), e);
        }
    }

    private static String countryOf(JsonNode address) {
        String code = text(address, "countryCode");
        return code != null ? code : text(address, "country");
    }

}
