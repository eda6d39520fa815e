package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Location;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/** The state of reading one interchange: envelopes, the current 214 set, and the AT7 loop under way. */
final class X12Interchange {

    private record Place(String city, String state, String country) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Set<String> PICKUP_STATUSES = Set.of("X3", "X8", "CP", "AF");

    private final CarrierCode code;
    private final Instant receivedAt;
    private final X12StatusMessages.Listener listener;

    private String isaControl;
    private int groups;
    private String gsControl;
    private int sets;
    private boolean ended;

    private String stControl;
    private int setSegments;
    private ParsedBuilder set;
    private CarrierTrackingNumber trackingNumber;
    private String n1Qualifier;
    private Place shipper;
    private Place consignee;
    private X12Segments.Segment at7;
    private X12Segments.Segment ms1;

    X12Interchange(CarrierCode code, Instant receivedAt, X12StatusMessages.Listener listener) {
        this.code = code;
        this.receivedAt = receivedAt;
        this.listener = listener;
    }

    void read(X12Segments segments) {
        X12Segments.Segment segment;
        while ((segment = segments.next()) != null) {
            if (ended) {
                throw fail(segment, "segment after IEA: one interchange per payload");
            }
            handle(segment);
        }
        if (set != null) {
            throw new CarrierPayloadException("X12 interchange ends inside transaction set " + stControl + " (no SE)");
        }
        if (gsControl != null) {
            throw new CarrierPayloadException("X12 interchange ends inside functional group " + gsControl + " (no GE)");
        }
        if (!ended) {
            throw new CarrierPayloadException("X12 interchange ends without IEA");
        }
    }

    private void handle(X12Segments.Segment s) {
        if (set != null) {
            setSegments++;
        }
        switch (s.id()) {
            case "ISA" -> isaControl = s.element(13);
            case "GS" -> {
                if (gsControl != null || set != null) {
                    throw fail(s, "GS inside functional group " + gsControl + " (missing GE)");
                }
                gsControl = require(s, 6, "GS06 group control number");
                sets = 0;
                groups++;
            }
            case "ST" -> {
                if (gsControl == null) {
                    throw fail(s, "ST outside a functional group (missing GS)");
                }
                if (set != null) {
                    throw fail(s, "ST inside transaction set " + stControl + " (missing SE)");
                }
                if (!"214".equals(s.element(1))) {
                    throw fail(s, "ST01 is '" + s.element(1) + "': only 214 shipment status sets are read");
                }
                stControl = require(s, 2, "ST02 transaction set control number");
                set = X12StatusMessages.builder(code, receivedAt);
                setSegments = 1;
                trackingNumber = null;
                n1Qualifier = null;
                shipper = null;
                consignee = null;
                at7 = null;
                ms1 = null;
            }
            case "SE" -> endSet(s);
            case "GE" -> {
                if (gsControl == null || set != null) {
                    throw fail(s, set != null ? "GE inside transaction set " + stControl + " (missing SE)" : "GE without GS");
                }
                expect(s, 1, String.valueOf(sets), "GE01 says %s transaction sets, the group has %s");
                expect(s, 2, gsControl, "GE02 control number %s does not match GS06 %s");
                gsControl = null;
            }
            case "IEA" -> {
                if (gsControl != null) {
                    throw fail(s, "IEA inside functional group " + gsControl + " (missing GE)");
                }
                expect(s, 1, String.valueOf(groups), "IEA01 says %s functional groups, the interchange has %s");
                expect(s, 2, isaControl, "IEA02 control number %s does not match ISA13 %s");
                ended = true;
            }
            default -> {
                if (set == null) {
                    throw fail(s, "segment outside a transaction set (between ST and SE)");
                }
                body(s);
            }
        }
    }

    private void body(X12Segments.Segment s) {
        switch (s.id()) {
            case "B10" -> {
                String number = s.element(1) != null ? s.element(1) : s.element(2);
                if (number == null) {
                    throw fail(s, "B10 has neither a PRO number (B1001) nor a shipment id (B1002)");
                }
                trackingNumber = ParsedBuilder.trackingNumber(number, where(s));
            }
            case "N1" -> n1Qualifier = s.element(1);
            case "N4" -> {
                Place place = new Place(s.element(1), s.element(2), s.element(4));
                if ("SH".equals(n1Qualifier)) {
                    shipper = place;
                } else if ("CN".equals(n1Qualifier)) {
                    consignee = place;
                }
            }
            case "LX" -> status();
            case "AT7" -> {
                status();
                at7 = s;
            }
            case "MS1" -> {
                if (at7 != null) {
                    ms1 = s;
                }
            }
            default -> {
                // L11, N3, MS2 (equipment), AT8 (weights), ...: about the load, not what happened to it
            }
        }
    }

    private void endSet(X12Segments.Segment s) {
        if (set == null) {
            throw fail(s, "SE without ST");
        }
        status();
        expect(s, 1, String.valueOf(setSegments), "SE01 says %s segments, transaction set has %s (ST to SE)");
        expect(s, 2, stControl, "SE02 control number %s does not match ST02 %s");
        X12StatusMessages.deliver(set.build(), listener);
        set = null;
        sets++;
    }

    /** Turns the AT7 loop under way (AT7 and its MS1) into an event, an estimate or an unmapped report. */
    private void status() {
        if (at7 == null) {
            return;
        }
        X12Segments.Segment s = at7;
        X12Segments.Segment place = ms1;
        at7 = null;
        ms1 = null;
        if (trackingNumber == null) {
            throw fail(s, "AT7 before any B10: the status names no shipment");
        }
        String status = s.element(1);
        String reasonCode = s.element(2);
        String rawText = String.join("*", s.elements());
        Location location = location(place);
        String rawTime = s.element(5) + " " + s.element(6) + " " + (s.element(7) == null ? "LT" : s.element(7));
        if (status == null) {
            String appointment = s.element(3) != null ? s.element(3) : "(none)";
            set.unmapped(new Unmapped(trackingNumber, appointment, rawText, null, rawTime, location,
                    "appointment status (AT703), not a shipment status"));
            return;
        }
        LocalDateTime local = localTime(s);
        Optional<ZoneId> zone = zone(s, status, place);
        if (zone.isEmpty()) {
            set.unmapped(new Unmapped(trackingNumber, status, rawText, null, rawTime, location,
                    "time code " + rawTime.substring(rawTime.lastIndexOf(' ') + 1) + " without a place whose zone is known"));
            return;
        }
        OffsetDateTime occurredAt = local.atZone(zone.get()).toOffsetDateTime();
        if (X12Codes.ESTIMATES.contains(status)) {
            set.estimate(new EstimatedDelivery(trackingNumber, occurredAt, occurredAt));
            return;
        }
        Optional<StatusTable.Entry> mapped = X12Codes.STATUSES.lookup(status);
        if (mapped.isEmpty()) {
            set.unmapped(new Unmapped(trackingNumber, status, rawText, occurredAt, rawTime, location, X12Codes.STATUSES.whyUnmapped("AT701 status code", status)));
            return;
        }
        String reason = mapped.get().reason();
        if (reasonCode != null && !"NS".equals(reasonCode)) {
            reason += "; " + X12Codes.REASONS.getOrDefault(reasonCode, "reason code " + reasonCode);
        }
        String id = ParsedBuilder.eventId(trackingNumber, status, reasonCode, s.element(5), s.element(6), s.element(7),
                location == null ? null : location.city(), place == null ? null : place.element(2));
        set.event(trackingNumber, mapped.get(), status, rawText, reason, occurredAt, location, null, id, where(s));
    }

    private Optional<ZoneId> zone(X12Segments.Segment s, String status, X12Segments.Segment place) {
        String timeCode = s.element(7) == null ? "LT" : s.element(7);
        if (!"LT".equals(timeCode)) {
            return X12Codes.zoneOf(timeCode);
        }
        if (place != null) {
            return LocalZones.of(place.element(3), place.element(2));
        }
        Place fallback = PICKUP_STATUSES.contains(status) ? shipper : consignee;
        return fallback == null ? Optional.empty() : LocalZones.of(fallback.country(), fallback.state());
    }

    private LocalDateTime localTime(X12Segments.Segment s) {
        String date = s.element(5);
        String time = s.element(6);
        if (date == null || time == null) {
            throw fail(s, "AT705 date and AT706 time are required (got " + date + ", " + time + ")");
        }
        try {
            if (time.length() < 4 || time.length() > 8 || time.length() % 2 == 1) {
                throw new DateTimeException("length");
            }
            int seconds = time.length() >= 6 ? Integer.parseInt(time.substring(4, 6)) : 0;
            LocalTime clock = LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)), seconds);
            return LocalDate.parse(date, DATE).atTime(clock);
        } catch (DateTimeException | NumberFormatException e) {
            throw fail(s, "AT705 '" + date + "' / AT706 '" + time + "' are not CCYYMMDD / HHMM[SS]");
        }
    }

    private Location location(X12Segments.Segment place) {
        if (place == null) {
            return null;
        }
        String city = place.element(1);
        String state = place.element(2);
        String country = place.element(3);
        if (country == null && state != null && LocalZones.of(null, state).isPresent()) {
            country = "US";
        }
        if (country != null && country.length() != 2) {
            country = null; // 004010 allows 3-letter codes; Location holds ISO alpha-2 only
        }
        if (city == null && country == null) {
            return null;
        }
        try {
            return new Location(null, city, country, null);
        } catch (InvalidValueException e) {
            throw fail(place, e.getMessage());
        }
    }

    private void expect(X12Segments.Segment s, int index, String expected, String message) {
        String actual = s.element(index);
        boolean same = actual != null && (actual.equals(expected) || sameNumber(actual, expected));
        if (!same) {
            throw fail(s, String.format(message, actual, expected));
        }
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return b != null && Long.parseLong(a) == Long.parseLong(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String require(X12Segments.Segment s, int index, String what) {
        String value = s.element(index);
        if (value == null) {
            throw fail(s, what + " is missing");
        }
        return value;
    }

    private String where(X12Segments.Segment s) {
        return "X12 " + s + (stControl != null && set != null ? " in transaction set " + stControl : "");
    }

    private CarrierPayloadException fail(X12Segments.Segment s, String message) {
        return new CarrierPayloadException(where(s) + ": " + message);
    }
}
