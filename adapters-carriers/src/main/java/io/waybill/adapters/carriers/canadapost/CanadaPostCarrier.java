package io.waybill.adapters.carriers.canadapost;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.CarrierXml;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.TrackingNumbers;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canada Post Tracking web service, Get Tracking Details ({@code GET /vis/track/pin/{pin}/detail}, media type
 * {@code application/vnd.cpc.track-v2+xml}): {@code tracking-detail/significant-events/occurrence} become events.
 *
 * <ul>
 *   <li>Tracking number: {@code pin}. Status: {@code event-identifier} through {@link CanadaPostStatuses}; raw text
 *       {@code event-description}.</li>
 *   <li>Time: {@code event-date} and {@code event-time} are local. Zone: that of {@code event-province} when it is a
 *       Canadian province or territory ({@link LocalZones}, daylight saving included); else the fixed offset of a North
 *       American {@code event-time-zone} abbreviation ({@code EST} -05:00, {@code EDT} -04:00, … {@code NST} -03:30);
 *       else (international events, "ISRAEL", empty) {@link Unmapped}, never UTC.</li>
 *   <li>Location: city {@code event-site}, country {@code CA} for a Canadian province.</li>
 *   <li>Proof of delivery: on the first delivery, its {@code signatory-name}, else that of a {@code 20} "signature
 *       image recorded" occurrence at the same date and time.</li>
 *   <li>Estimated delivery: {@code changed-expected-date}, else {@code expected-delivery-date}, the whole day in the
 *       zone of the destination's province (first letter of {@code destination-postal-id}).</li>
 *   <li>A {@code messages} answer is a warning for {@code 004} (no PIN history) and fails otherwise.</li>
 * </ul>
 * The document element may be in Canada Post's namespace ({@code http://www.canadapost.ca/ws/track-v2} or
 * {@code .../ws/track}) or in none.
 */
@Singleton
@Named("canadapost")
public final class CanadaPostCarrier implements CarrierAdapter {

    public static final CarrierCode CODE = new CarrierCode("canadapost");
    private static final List<String> NAMESPACES = List.of("", "http://www.canadapost.ca/ws/track-v2", "http://www.canadapost.ca/ws/track",
            "http://www.canadapost.ca/ws/messages");
    private static final String EVENTS = "tracking-detail/significant-events";
    private static final Set<String> PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(Map.entry("NST", ZoneOffset.ofHoursMinutes(-3, -30)),
            Map.entry("NDT", ZoneOffset.ofHoursMinutes(-2, -30)), Map.entry("AST", ZoneOffset.ofHours(-4)), Map.entry("ADT", ZoneOffset.ofHours(-3)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));
    /** Postal code's first letter (forward sortation area) to province; X (NT/NU) is left out, it spans zones. */
    private static final Map<Character, String> POSTAL_PROVINCES = Map.ofEntries(Map.entry('A', "NL"), Map.entry('B', "NS"),
            Map.entry('C', "PE"), Map.entry('E', "NB"), Map.entry('G', "QC"), Map.entry('H', "QC"), Map.entry('J', "QC"), Map.entry('K', "ON"),
            Map.entry('L', "ON"), Map.entry('M', "ON"), Map.entry('N', "ON"), Map.entry('P', "ON"), Map.entry('R', "MB"), Map.entry('S', "SK"),
            Map.entry('T', "AB"), Map.entry('V', "BC"), Map.entry('Y', "YT"));

    private final Clock clock;

    /** @param clock stamps the received-at of the events */
    @Inject
    public CanadaPostCarrier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CarrierCode code() {
        return CODE;
    }

    @Override
    public String displayName() {
        return "Canada Post";
    }

    @Override
    public Set<Mode> modes() {
        return Set.of(Mode.POLL, Mode.PUSH);
    }

    @Override
    public Optional<Recognition> recognise(String trackingNumber) {
        return trackingNumber == null ? Optional.empty() : CanadaPostTrackingNumbers.recognise(CODE, TrackingNumbers.normalize(trackingNumber));
    }

    /** Get Tracking Details by PIN, one number per request, in the media type Canada Post requires ({@code *}{@code /*} is refused). */
    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(1, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                "/vis/track/pin/" + numbers.getFirst().value() + "/detail")).header("Accept", "application/vnd.cpc.track-v2+xml")
                .header("Accept-language", "en-CA").GET()));
    }

    @Override
    public Parsed parse(byte[] payload) {
        ParsedBuilder out = new ParsedBuilder(CODE, clock.instant());
        Map<String, String> detail = new HashMap<>();
        CarrierXml xml = CarrierXml.of("Canada Post");
        NAMESPACES.forEach(namespace -> xml.root(namespace, "tracking-detail").root(namespace, "messages"));
        xml.on("messages/message", message -> {
            String problem = "Canada Post answered " + message.text("code") + ": " + message.text("description");
            if (!"004".equals(message.text("code"))) {
                throw new CarrierPayloadException(problem);
            }
            out.warn(problem);
        });
        for (String field : List.of("pin", "expected-delivery-date", "changed-expected-date", "destination-postal-id")) {
            xml.on("tracking-detail/" + field, element -> detail.put(field, element.text()));
        }
        xml.on(EVENTS, events -> events(trackingNumber(detail.get("pin"), events), events.children("occurrence"), out)).read(payload);
        String day = detail.get("changed-expected-date") != null ? detail.get("changed-expected-date") : detail.get("expected-delivery-date");
        if (day != null) {
            estimate(detail.get("pin"), day, detail.get("destination-postal-id"), out);
        }
        return out.build();
    }

    private static void estimate(String pin, String day, String postalCode, ParsedBuilder out) {
        String province = postalCode == null || postalCode.isEmpty() ? null : POSTAL_PROVINCES.get(Character.toUpperCase(postalCode.charAt(0)));
        Optional<ZoneId> zone = province == null ? Optional.empty() : LocalZones.of("CA", province);
        if (pin == null || zone.isEmpty()) {
            out.warn("Canada Post expected delivery " + day + ": no pin or no known zone of destination-postal-id " + postalCode + "; skipped");
            return;
        }
        try {
            LocalDate date = LocalDate.parse(day);
            out.estimate(new EstimatedDelivery(ParsedBuilder.trackingNumber(pin, "Canada Post pin"), date.atStartOfDay(zone.get()).toOffsetDateTime(),
                    date.atTime(LocalTime.of(23, 59, 59)).atZone(zone.get()).toOffsetDateTime()));
        } catch (DateTimeException e) {
            out.warn("Canada Post expected delivery '" + day + "' is not yyyy-MM-dd; skipped");
        }
    }

    private static CarrierTrackingNumber trackingNumber(String pin, CarrierXml.Element at) {
        if (pin == null) {
            throw new CarrierPayloadException("Canada Post payload: " + at.name() + " at " + at.where() + " comes before any pin");
        }
        return ParsedBuilder.trackingNumber(pin, "Canada Post pin");
    }

    private static void events(CarrierTrackingNumber number, List<CarrierXml.Element> occurrences, ParsedBuilder out) {
        boolean proofGiven = false;
        for (CarrierXml.Element occurrence : occurrences) {
            String where = "Canada Post occurrence at " + occurrence.where();
            String code = occurrence.text("event-identifier");
            String date = occurrence.text("event-date");
            String time = occurrence.text("event-time");
            if (code == null || date == null || time == null) {
                throw new CarrierPayloadException(where + ": event-identifier, event-date and event-time are required");
            }
            String description = occurrence.text("event-description");
            String province = occurrence.text("event-province");
            String site = occurrence.text("event-site");
            Location location = location(site, province, where);
            String rawTime = date + "T" + time + (occurrence.text("event-time-zone") == null ? "" : " " + occurrence.text("event-time-zone"));
            OffsetDateTime occurredAt = occurredAt(date, time, province, occurrence.text("event-time-zone"), where);
            if (occurredAt == null) {
                out.unmapped(new Unmapped(number, code, description, null, rawTime, location, "local time and the place's zone is not known"));
                continue;
            }
            Optional<StatusTable.Entry> mapped = CanadaPostStatuses.TABLE.lookup(CanadaPostStatuses.key(code));
            if (mapped.isEmpty()) {
                out.unmapped(new Unmapped(number, code, description, occurredAt, rawTime, location, "unmapped Canada Post event identifier " + code));
                continue;
            }
            StatusTable.Entry entry = mapped.get();
            ProofOfDelivery proof = null;
            if (entry.milestone() == Milestone.DELIVERED && !proofGiven) {
                proofGiven = true;
                proof = proof(occurrence, occurrences);
            }
            boolean exception = entry.milestone() == Milestone.HELD || entry.milestone() == Milestone.DELIVERY_ATTEMPT_FAILED;
            String reason = exception && description != null ? entry.reason() + ": " + description : entry.reason();
            String id = ParsedBuilder.eventId(number, CanadaPostStatuses.key(code), occurredAt.toString(), site, province);
            out.event(number, entry, code, description, reason, occurredAt, location, proof, id, where);
        }
    }

    private static OffsetDateTime occurredAt(String date, String time, String province, String abbreviation, String where) {
        LocalDateTime local;
        try {
            local = LocalDate.parse(date).atTime(LocalTime.parse(time));
        } catch (DateTimeException e) {
            throw new CarrierPayloadException(where + ": event-date '" + date + "' / event-time '" + time + "' are not yyyy-MM-dd / HH:mm:ss", e);
        }
        Optional<ZoneId> zone = province != null && PROVINCES.contains(province) ? LocalZones.of("CA", province) : Optional.empty();
        if (zone.isPresent()) {
            return local.atZone(zone.get()).toOffsetDateTime();
        }
        ZoneOffset offset = abbreviation == null ? null : ABBREVIATIONS.get(abbreviation);
        return offset == null ? null : local.atOffset(offset);
    }

    private static ProofOfDelivery proof(CarrierXml.Element delivery, List<CarrierXml.Element> occurrences) {
        String name = delivery.text("signatory-name");
        for (int i = 0; name == null && i < occurrences.size(); i++) {
            CarrierXml.Element other = occurrences.get(i);
            if ("20".equals(CanadaPostStatuses.key(String.valueOf(other.text("event-identifier"))))
                    && String.valueOf(delivery.text("event-date")).equals(other.text("event-date"))
                    && String.valueOf(delivery.text("event-time")).equals(other.text("event-time"))) {
                name = other.text("signatory-name");
            }
        }
        return name == null ? null : new ProofOfDelivery(name, null, null, null);
    }

    private static Location location(String site, String province, String where) {
        boolean canadian = province != null && PROVINCES.contains(province);
        if (site == null && !canadian) {
            return null;
        }
        try {
            return new Location(null, site, canadian ? "CA" : null, null);
        } catch (InvalidValueException e) {
            throw new CarrierPayloadException(where + ": " + e.getMessage(), e);
        }
    }
}
