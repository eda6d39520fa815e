package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.spi.StatusTable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * X12 004010 code lists used by the 214: shipment status codes (element 1650, AT701), status reason codes
 * (element 1651, AT702) and time codes (element 623, AT707). Source: the ASC X12 004010 element dictionary as
 * reproduced in stupidedi's 004010 element definitions (kputnam/stupidedi, commit 6ba837e,
 * {@code lib/stupidedi/versions/004010/element_defs.rb}, E1650 and E1651).
 */
final class X12Codes {

    /** AT701 codes that are estimates, not events: they give the estimated delivery. */
    static final Set<String> ESTIMATES = Set.of("AG", "X2");

    /**
     * AT701 status codes, read from {@code at701-status-codes.txt} next to this class: the 004010 code list of
     * element 1650 (as reproduced in stupidedi's element dictionary, address and commit in the file), every code
     * mapped or listed as not a status (estimates, which {@link #ESTIMATES} reads; XB, CA, OO, CD, planned times).
     */
    static final StatusTable STATUSES = StatusTable.fromResource("x12", X12Codes.class, "at701-status-codes.txt");

    /** AT702 reason codes (a subset; unknown ones are shown as their code). NS "normal status" adds nothing. */
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("A1", "missed delivery"), Map.entry("A2", "incorrect address"), Map.entry("A3", "indirect delivery"),
            Map.entry("A5", "unable to locate"), Map.entry("A6", "address corrected, delivery attempted"),
            Map.entry("AA", "mis-sort"), Map.entry("AD", "customer requested future delivery"),
            Map.entry("AF", "accident"), Map.entry("AG", "consignee related"), Map.entry("AH", "driver related"),
            Map.entry("AI", "mechanical breakdown"), Map.entry("AJ", "other carrier related"),
            Map.entry("AK", "damaged, rewrapped in hub"), Map.entry("AM", "shipper related"), Map.entry("AN", "holiday, closed"),
            Map.entry("AO", "weather or natural disaster related"), Map.entry("AQ", "recipient unavailable, delivery delayed"),
            Map.entry("AR", "improper international paperwork"), Map.entry("AS", "hold due to customs documentation problems"),
            Map.entry("AW", "past cut-off time"), Map.entry("AY", "missed pick-up"), Map.entry("B1", "consignee closed"),
            Map.entry("B5", "held for consignee"), Map.entry("BB", "held per shipper"), Map.entry("BC", "missing documents"),
            Map.entry("BD", "border clearance"), Map.entry("BE", "road conditions"), Map.entry("BG", "other"),
            Map.entry("BS", "refused by customer"), Map.entry("BT", "returned to shipper"),
            Map.entry("C1", "waiting for customer pick-up"), Map.entry("C2", "credit hold"),
            Map.entry("CA", "customs (import or export)"), Map.entry("D1", "carrier dispatch error"),
            Map.entry("D2", "driver not available"), Map.entry("P1", "processing delay"), Map.entry("P2", "waiting inspection"),
            Map.entry("RC", "reconsigned"), Map.entry("T3", "trailer not available"));

    private X12Codes() {
    }

    /** What a time code (AT707) says about the zone: a zone, a fixed offset, or empty for LT (local time). */
    static Optional<ZoneId> zoneOf(String timeCode) {
        return Optional.ofNullable(switch (timeCode) {
            case "ET" -> ZoneId.of("America/New_York");
            case "ES" -> ZoneOffset.ofHours(-5);
            case "ED" -> ZoneOffset.ofHours(-4);
            case "CT" -> ZoneId.of("America/Chicago");
            case "CS" -> ZoneOffset.ofHours(-6);
            case "CD" -> ZoneOffset.ofHours(-5);
            case "MT" -> ZoneId.of("America/Denver");
            case "MS" -> ZoneOffset.ofHours(-7);
            case "MD" -> ZoneOffset.ofHours(-6);
            case "PT" -> ZoneId.of("America/Los_Angeles");
            case "PS" -> ZoneOffset.ofHours(-8);
            case "PD" -> ZoneOffset.ofHours(-7);
            case "AT" -> ZoneId.of("America/Anchorage");
            case "AS" -> ZoneOffset.ofHours(-9);
            case "AD" -> ZoneOffset.ofHours(-8);
            case "HT" -> ZoneId.of("Pacific/Honolulu");
            case "HS" -> ZoneOffset.ofHours(-10);
            case "HD" -> ZoneOffset.ofHours(-9);
            case "NT" -> ZoneId.of("America/St_Johns");
            case "NS" -> ZoneOffset.ofHoursMinutes(-3, -30);
            case "ND" -> ZoneOffset.ofHoursMinutes(-2, -30);
            case "TT" -> ZoneId.of("America/Halifax");
            case "TS" -> ZoneOffset.ofHours(-4);
            case "TD" -> ZoneOffset.ofHours(-3);
            case "UT", "GM" -> ZoneOffset.UTC;
            default -> null;
        });
    }
}
