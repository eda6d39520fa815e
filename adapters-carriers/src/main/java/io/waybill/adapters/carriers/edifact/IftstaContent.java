package io.waybill.adapters.carriers.edifact;

import io.waybill.adapters.carriers.edifact.EdifactSegments.Segment;
import io.waybill.adapters.carriers.spi.LocalZones;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one IFTSTA message says, segment by segment: each STS (status) becomes an event of its consignment, with the
 * DTM 334 (status change) time and the first LOC of its group.
 *
 * <ul>
 *   <li>The consignment's number: CNI 1004 (document number), else an RFF of the consignment, else of the message, by
 *       qualifier CN (carrier's reference), BM (bill of lading), BN (booking), CU (consignor's reference).</li>
 *   <li>The status code: STS C555/C556 first component, a UN/ECE Recommendation 24 code ({@link #STATUSES}). A code of
 *       another list (a code list agency other than 6, UN/ECE) or not in the table is {@link Unmapped}; so is a status
 *       without a time, or with a local time whose zone the place (UN/LOCODE country) does not tell.</li>
 *   <li>Times (code 2379): 102 (a date: midnight), 203, 204 local; 303, 304 with their zone (+01, +0100, UTC).</li>
 * </ul>
 */
final class IftstaContent {

    static final StatusTable STATUSES = StatusTable.fromResource("edifact", IftstaContent.class, "rec24-status-codes.txt");
    private static final List<String> NUMBER_QUALIFIERS = List.of("CN", "BM", "BN", "CU");

    /** One STS group, with the consignment (CNI number and references) it belongs to. */
    private record Status(Segment sts, Map<String, String> references, List<Segment> dtm, List<Segment> loc, String consignment,
            Map<String, String> consignmentReferences) {
    }

    private final ParsedBuilder out;
    private final Map<String, String> messageReferences = new LinkedHashMap<>();
    private String consignment;
    private boolean inConsignment;
    private Map<String, String> consignmentReferences = new LinkedHashMap<>();
    private Status status;
    private final List<Status> done = new ArrayList<>();

    IftstaContent(ParsedBuilder out) {
        this.out = out;
    }

    void segment(Segment s) {
        switch (s.tag()) {
            case "CNI" -> {
                close();
                consignment = s.value(2);
                inConsignment = true;
                consignmentReferences = new LinkedHashMap<>();
            }
            case "STS" -> {
                close();
                status = new Status(s, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), consignment, consignmentReferences);
            }
            case "RFF" -> {
                Map<String, String> into = status != null ? status.references()
                        : inConsignment ? consignmentReferences : messageReferences;
                if (s.value(1, 0) != null && s.value(1, 1) != null) {
                    into.putIfAbsent(s.value(1, 0), s.value(1, 1));
                }
            }
            case "DTM" -> {
                if (status != null) {
                    status.dtm().add(s);
                }
            }
            case "LOC" -> {
                if (status != null) {
                    status.loc().add(s);
                }
            }
            default -> {
                // BGM, NAD, TDT, EQD, FTX, ...: they describe the report or the load, not what happened
            }
        }
    }

    /** The message ended (its UNT checked out): every status is handed to the builder. */
    void finish(String where) {
        close();
        done.forEach(st -> status(st, where));
    }

    private void close() {
        if (status != null) {
            done.add(status);
            status = null;
        }
    }

    private void status(Status st, String where) {
        Optional<String> number = Optional.ofNullable(st.consignment()).or(() -> reference(st.references()))
                .or(() -> reference(st.consignmentReferences())).or(() -> reference(messageReferences));
        if (number.isEmpty()) {
            out.warn(where + ": status " + st.sts() + " names no consignment (no CNI number, no RFF CN/BM/BN/CU): skipped");
            return;
        }
        CarrierTrackingNumber tracking = ParsedBuilder.trackingNumber(number.get(), where + " " + st.sts());
        String code = st.sts().value(2, 0);
        String agency = st.sts().value(2, 2);
        Location location = st.loc().isEmpty() ? null : location(st.loc().getFirst());
        String rawText = raw(st.sts());
        Segment when = st.dtm().stream().filter(d -> "334".equals(d.value(1, 0))).findFirst()
                .or(() -> st.dtm().stream().filter(d -> "7".equals(d.value(1, 0))).findFirst()).orElse(null);
        String rawTime = when == null ? null : when.value(1, 1) + (when.value(1, 2) == null ? "" : ":" + when.value(1, 2));
        if (code == null) {
            out.warn(where + ": " + st.sts() + " has no status code: skipped");
            return;
        }
        Optional<StatusTable.Entry> entry = agency == null || "6".equals(agency) ? STATUSES.lookup(code) : Optional.empty();
        if (entry.isEmpty()) {
            String why = agency != null && !"6".equals(agency)
                    ? "status code " + code + " of code list agency " + agency + ", not UN/ECE Recommendation 24"
                    : STATUSES.whyUnmapped("UN/ECE Rec 24 status", code);
            out.unmapped(new Unmapped(tracking, code, rawText, null, rawTime, location, why));
            return;
        }
        Optional<OffsetDateTime> at = when == null ? Optional.empty() : time(when, location);
        if (at.isEmpty()) {
            out.unmapped(new Unmapped(tracking, code, rawText, null, rawTime, location, when == null
                    ? "no status time (DTM 334)" : "time " + rawTime + " without a zone the place tells"));
            return;
        }
        String reason = st.sts().value(3, 0) == null ? null : "reason code " + st.sts().value(3, 0);
        out.event(tracking, entry.get(), code, rawText, reason, at.get(), location, null,
                ParsedBuilder.eventId(tracking, code, rawTime, location == null ? null : location.facility()), where + " " + st.sts());
    }

    private static Optional<String> reference(Map<String, String> references) {
        return NUMBER_QUALIFIERS.stream().map(references::get).filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** LOC: C517 location id (a UN/LOCODE when it has its shape: the country is its first two letters) and name. */
    private static Location location(Segment loc) {
        String id = loc.value(2, 0);
        String name = loc.value(2, 3);
        String country = id != null && id.matches("[A-Z]{2}[A-Z0-9]{3}") ? id.substring(0, 2) : null;
        String facility = id == null ? name : name == null ? id : id + " " + name;
        if (facility == null) {
            return null;
        }
        return new Location(ParsedBuilder.clip(facility, 128), name == null ? null : ParsedBuilder.clip(name, 128), country, null);
    }

    static Optional<OffsetDateTime> time(Segment dtm, Location place) {
        String value = dtm.value(1, 1);
        String format = dtm.value(1, 2) == null ? "203" : dtm.value(1, 2);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return switch (format) {
                case "102" -> local(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(), place);
                case "203" -> local(LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMddHHmm")), place);
                case "204" -> local(LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMddHHmmss")), place);
                case "303", "304" -> {
                    int digits = format.equals("303") ? 12 : 14;
                    LocalDateTime t = LocalDateTime.parse(value.substring(0, digits),
                            DateTimeFormatter.ofPattern(format.equals("303") ? "uuuuMMddHHmm" : "uuuuMMddHHmmss"));
                    yield zone(value.substring(digits)).map(t::atOffset);
                }
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<OffsetDateTime> local(LocalDateTime t, Location place) {
        Optional<ZoneId> zone = place == null ? Optional.empty() : LocalZones.of(place.countryCode(), null);
        return zone.map(z -> t.atZone(z).toOffsetDateTime());
    }

    private static Optional<ZoneOffset> zone(String text) {
        String z = text.strip();
        if (z.equalsIgnoreCase("UTC") || z.equalsIgnoreCase("GMT") || z.equalsIgnoreCase("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (z.matches("[+-]\\d{2}")) {
            return Optional.of(ZoneOffset.ofHours(Integer.parseInt(z)));
        }
        if (z.matches("[+-]\\d{2}:?\\d{2}")) {
            return Optional.of(ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z));
        }
        return Optional.empty();
    }

    private static String raw(Segment s) {
        return s.elements().stream().map(e -> String.join(":", e)).collect(Collectors.joining("+"));
    }
}
