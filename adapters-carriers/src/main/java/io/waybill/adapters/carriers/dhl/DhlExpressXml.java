package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.CarrierXml;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DHL Express XML Services tracking response ({@code req:TrackingResponse}, namespace {@code http://www.dhl.com}):
 * each {@code AWBInfo/ShipmentInfo/ShipmentEvent} is one event or one {@link Unmapped}, read as it streams by.
 *
 * <ul>
 *   <li>Tracking number: the {@code AWBInfo}'s {@code AWBNumber}. An {@code AWBInfo} whose {@code ActionStatus} is
 *       not {@code success} ("No Shipments Found", condition 103) is a warning; a
 *       {@code ShipmentTrackingErrorResponse} fails the payload with its condition.</li>
 *   <li>Status: {@code ServiceEvent/EventCode} through {@link DhlExpressStatuses}; raw text its {@code Description}.</li>
 *   <li>Time: {@code Date} and {@code Time} are the local time of the event's service area. Its zone comes from the
 *       country named at the end of the {@code ServiceArea/Description} ("Milan - Italy", "KINGSTON-JAM",
 *       "SPRINGFIELD GARDENS,NY-USA": an English country name or an ISO alpha-3 code; for the US and Canada the state
 *       before it), through {@link LocalZones}, plus Spain (Europe/Madrid; Atlantic/Canary for the Canary Islands'
 *       airport codes) and Jamaica, which {@code LocalZones} lacks. No zone: {@link Unmapped}, never UTC.</li>
 *   <li>Location: facility {@code DHL <ServiceAreaCode>}, the city part of the description, the country.</li>
 *   <li>Proof of delivery: the first {@code OK} event's {@code Signatory}.</li>
 *   <li>Estimated delivery: {@code EstDlvyDate} ({@code 2021-05-07 23:59:00 GMT-04:00}) as the latest time.</li>
 * </ul>
 */
final class DhlExpressXml {

    static final String NAMESPACE = "http://www.dhl.com";
    private static final String AWB = "TrackingResponse/AWBInfo";
    private static final DateTimeFormatter ESTIMATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'xxx", Locale.ROOT);
    private static final Set<String> CANARY_ISLANDS = Set.of("LPA", "TFN", "TFS", "ACE", "FUE", "SPC", "GMZ", "VDE");
    private static final Map<String, String> COUNTRIES = countries();

    private DhlExpressXml() {
    }

    static Parsed parse(byte[] payload, Instant receivedAt) {
        ParsedBuilder out = new ParsedBuilder(DhlCarrier.CODE, receivedAt);
        Waybill current = new Waybill();
        CarrierXml.of("DHL Express").root(NAMESPACE, "TrackingResponse").root(NAMESPACE, "ShipmentTrackingErrorResponse")
                .on("ShipmentTrackingErrorResponse/Response/Status", status -> {
                    throw new CarrierPayloadException("DHL Express answered " + status.text("ActionStatus") + " (" + condition(status) + ")");
                })
                .begin(AWB, where -> current.clear())
                .on(AWB + "/AWBNumber", number -> current.number = number.text())
                .on(AWB + "/Status", status -> {
                    if (!"success".equalsIgnoreCase(status.text("ActionStatus"))) {
                        out.warn("DHL Express AWB " + current.number + ": " + status.text("ActionStatus") + " (" + condition(status) + ")");
                    }
                })
                .on(AWB + "/ShipmentInfo/EstDlvyDate", estimate -> estimate(current.trackingNumber(estimate), estimate, out))
                .on(AWB + "/ShipmentInfo/ShipmentEvent", event -> event(current, event, out))
                .read(payload);
        return out.build();
    }

    /** What is known of the AWBInfo being read. */
    private static final class Waybill {
        String number;
        boolean proofGiven;

        void clear() {
            number = null;
            proofGiven = false;
        }

        CarrierTrackingNumber trackingNumber(CarrierXml.Element at) {
            if (number == null) {
                throw new CarrierPayloadException("DHL Express payload: " + at.name() + " at " + at.where() + " comes before any AWBNumber");
            }
            return ParsedBuilder.trackingNumber(number, "DHL Express AWBNumber before " + at.where());
        }
    }

    private static String condition(CarrierXml.Element status) {
        return status.text("Condition", "ConditionCode") + ": " + status.text("Condition", "ConditionData");
    }

    private static void event(Waybill current, CarrierXml.Element event, ParsedBuilder out) {
        CarrierTrackingNumber number = current.trackingNumber(event);
        String where = "DHL Express ShipmentEvent at " + event.where();
        String code = event.text("ServiceEvent", "EventCode");
        String description = event.text("ServiceEvent", "Description");
        String date = event.text("Date");
        String time = event.text("Time");
        if (date == null || time == null) {
            throw new CarrierPayloadException(where + ": Date and Time are required");
        }
        String rawTime = date + "T" + time;
        String areaCode = event.text("ServiceArea", "ServiceAreaCode");
        Place place = place(event.text("ServiceArea", "Description"), areaCode);
        Location location = location(place, areaCode, where);
        OffsetDateTime occurredAt;
        try {
            occurredAt = place.zone().map(zone -> LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime()).orElse(null);
        } catch (DateTimeException e) {
            throw new CarrierPayloadException(where + ": Date '" + date + "' / Time '" + time + "' are not yyyy-MM-dd / HH:mm:ss", e);
        }
        String raw = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (occurredAt == null) {
            out.unmapped(new Unmapped(number, raw, description, null, rawTime, location, "local time and the service area's zone is not known"));
            return;
        }
        Optional<StatusTable.Entry> mapped = DhlExpressStatuses.TABLE.lookup(code);
        if (mapped.isEmpty()) {
            out.unmapped(new Unmapped(number, raw, description, occurredAt, rawTime, location, "unknown DHL Express event code " + raw));
            return;
        }
        StatusTable.Entry entry = mapped.get();
        ProofOfDelivery proof = null;
        if (entry.milestone() == Milestone.DELIVERED && !current.proofGiven) {
            current.proofGiven = true;
            String signatory = event.text("Signatory");
            proof = signatory == null ? null : new ProofOfDelivery(signatory, null, null, null);
        }
        boolean exception = entry.milestone() == Milestone.HELD || entry.milestone() == Milestone.DELIVERY_ATTEMPT_FAILED;
        String reason = (exception && description != null ? entry.reason() + ": " + description : entry.reason()) + " (DHL Express " + raw + ")";
        String id = ParsedBuilder.eventId(number, "xml", raw, occurredAt.toString(), areaCode);
        out.event(number, entry, raw, description, reason, occurredAt, location, proof, id, where);
    }

    private static void estimate(CarrierTrackingNumber number, CarrierXml.Element estimate, ParsedBuilder out) {
        String value = estimate.text();
        if (value == null) {
            return;
        }
        try {
            out.estimate(new EstimatedDelivery(number, null, OffsetDateTime.parse(value, ESTIMATE)));
        } catch (DateTimeException e) {
            out.warn("DHL Express EstDlvyDate at " + estimate.where() + ": '" + value + "' is not yyyy-MM-dd HH:mm:ss GMT+hh:mm; skipped");
        }
    }

    /** A DHL service area: its city, country and (US/CA) state, and its area code. */
    record Place(String city, String country, String state, String areaCode) {

        Optional<ZoneId> zone() {
            if (country == null) {
                return Optional.empty();
            }
            return switch (country) {
                case "ES" -> Optional.of(ZoneId.of(CANARY_ISLANDS.contains(areaCode) ? "Atlantic/Canary" : "Europe/Madrid"));
                case "JM" -> Optional.of(ZoneId.of("America/Jamaica"));
                default -> LocalZones.of(country, state);
            };
        }
    }

    static Place place(String description, String areaCode) {
        if (description == null) {
            return new Place(null, null, null, areaCode);
        }
        int dash = description.lastIndexOf('-');
        if (dash < 0) {
            return new Place(description, null, null, areaCode);
        }
        String city = description.substring(0, dash).strip();
        String country = COUNTRIES.get(description.substring(dash + 1).strip().toUpperCase(Locale.ROOT));
        String state = null;
        int comma = city.lastIndexOf(',');
        if (comma >= 0 && ("US".equals(country) || "CA".equals(country)) && city.substring(comma + 1).strip().matches("[A-Za-z]{2}")) {
            state = city.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
            city = city.substring(0, comma).strip();
        }
        return new Place(city.isEmpty() ? null : city, country, state, areaCode);
    }

    private static Location location(Place place, String areaCode, String where) {
        if (place.city() == null && place.country() == null && areaCode == null) {
            return null;
        }
        try {
            return new Location(areaCode == null ? null : "DHL " + areaCode, place.city(), place.country(), null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ": " + e.getMessage(), e);
        }
    }

    /** Country names as DHL writes them: ISO alpha-2, alpha-3 and English names, upper case, to alpha-2. */
    private static Map<String, String> countries() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            names.put(code, code);
            names.put(country.getISO3Country(), code);
            names.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
        }
        names.put("HONG KONG", "HK");
        names.put("MACAU", "MO");
        names.put("KOREA, SOUTH", "KR");
        return Map.copyOf(names);
    }
}
