package io.waybill.adapters.carriers.spi;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a place given as country and state/province, for carriers that report local wall-clock
 * times without an offset. A country or state spanning several zones maps to the zone most of its people live
 * in (Texas: Central, Florida: Eastern, Indiana: Eastern, Oregon: Pacific): a deliberate approximation,
 * documented where adapters rely on it. Unknown places give nothing; callers must not fall back to UTC.
 */
public final class LocalZones {

    private static final Map<String, String> US_STATES = Map.ofEntries(
            Map.entry("AL", "America/Chicago"), Map.entry("AK", "America/Anchorage"), Map.entry("AZ", "America/Phoenix"),
            Map.entry("AR", "America/Chicago"), Map.entry("CA", "America/Los_Angeles"), Map.entry("CO", "America/Denver"),
            Map.entry("CT", "America/New_York"), Map.entry("DE", "America/New_York"), Map.entry("DC", "America/New_York"),
            Map.entry("FL", "America/New_York"), Map.entry("GA", "America/New_York"), Map.entry("HI", "Pacific/Honolulu"),
            Map.entry("ID", "America/Boise"), Map.entry("IL", "America/Chicago"), Map.entry("IN", "America/Indiana/Indianapolis"),
            Map.entry("IA", "America/Chicago"), Map.entry("KS", "America/Chicago"), Map.entry("KY", "America/New_York"),
            Map.entry("LA", "America/Chicago"), Map.entry("ME", "America/New_York"), Map.entry("MD", "America/New_York"),
            Map.entry("MA", "America/New_York"), Map.entry("MI", "America/Detroit"), Map.entry("MN", "America/Chicago"),
            Map.entry("MS", "America/Chicago"), Map.entry("MO", "America/Chicago"), Map.entry("MT", "America/Denver"),
            Map.entry("NE", "America/Chicago"), Map.entry("NV", "America/Los_Angeles"), Map.entry("NH", "America/New_York"),
            Map.entry("NJ", "America/New_York"), Map.entry("NM", "America/Denver"), Map.entry("NY", "America/New_York"),
            Map.entry("NC", "America/New_York"), Map.entry("ND", "America/Chicago"), Map.entry("OH", "America/New_York"),
            Map.entry("OK", "America/Chicago"), Map.entry("OR", "America/Los_Angeles"), Map.entry("PA", "America/New_York"),
            Map.entry("RI", "America/New_York"), Map.entry("SC", "America/New_York"), Map.entry("SD", "America/Chicago"),
            Map.entry("TN", "America/Chicago"), Map.entry("TX", "America/Chicago"), Map.entry("UT", "America/Denver"),
            Map.entry("VT", "America/New_York"), Map.entry("VA", "America/New_York"), Map.entry("WA", "America/Los_Angeles"),
            Map.entry("WV", "America/New_York"), Map.entry("WI", "America/Chicago"), Map.entry("WY", "America/Denver"),
            Map.entry("PR", "America/Puerto_Rico"), Map.entry("VI", "America/St_Thomas"), Map.entry("GU", "Pacific/Guam"));

    private static final Map<String, String> CA_PROVINCES = Map.ofEntries(
            Map.entry("BC", "America/Vancouver"), Map.entry("AB", "America/Edmonton"), Map.entry("SK", "America/Regina"),
            Map.entry("MB", "America/Winnipeg"), Map.entry("ON", "America/Toronto"), Map.entry("QC", "America/Toronto"),
            Map.entry("NB", "America/Halifax"), Map.entry("NS", "America/Halifax"), Map.entry("PE", "America/Halifax"),
            Map.entry("NL", "America/St_Johns"), Map.entry("YT", "America/Whitehorse"), Map.entry("NT", "America/Yellowknife"),
            Map.entry("NU", "America/Iqaluit"));

    /** Countries with a single zone (the list grows with the carriers' reach). */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("DE", "Europe/Berlin"), Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("FR", "Europe/Paris"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"),
            Map.entry("LU", "Europe/Luxembourg"), Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("IT", "Europe/Rome"), Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"),
            Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"),
            Map.entry("FI", "Europe/Helsinki"), Map.entry("HU", "Europe/Budapest"), Map.entry("GR", "Europe/Athens"),
            Map.entry("RO", "Europe/Bucharest"), Map.entry("SK", "Europe/Bratislava"), Map.entry("SI", "Europe/Ljubljana"),
            Map.entry("HR", "Europe/Zagreb"), Map.entry("BG", "Europe/Sofia"), Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"), Map.entry("CN", "Asia/Shanghai"), Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("SG", "Asia/Singapore"), Map.entry("IN", "Asia/Kolkata"), Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("AE", "Asia/Dubai"), Map.entry("TR", "Europe/Istanbul"), Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("TW", "Asia/Taipei"), Map.entry("TH", "Asia/Bangkok"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("PH", "Asia/Manila"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("PR", "America/Puerto_Rico"));

    private LocalZones() {
    }

    /**
     * The zone of a place; {@code state} may be null (then only single-zone countries resolve). A state without
     * a country is read as a US state or territory, as X12 N4 and MS1 segments leave the country out for them.
     */
    public static Optional<ZoneId> of(String countryCode, String state) {
        String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        String region = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        String zone = switch (country) {
            case "US" -> US_STATES.get(region);
            case "CA" -> CA_PROVINCES.get(region);
            case "" -> US_STATES.get(region);
            default -> COUNTRIES.get(country);
        };
        return Optional.ofNullable(zone).map(ZoneId::of);
    }
}
