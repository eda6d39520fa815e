package io.waybill.adapters.epcis.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constrained canonical GS1 Digital Link URI of an identifier, as the CBV 2.0 event hash wants it: on
 * {@code https://id.gs1.org}, without query string, with numeric application identifiers instead of short names,
 * GTINs padded to 14 digits, and only the finest level of identification (no CPV; no lot when a serial is given).
 * EPC URNs are converted first ({@link EpcUrns}). Anything that is not a GS1 identifier is left alone.
 */
final class DigitalLinks {

    private static final String ROOT = "https://id.gs1.org";
    private static final String KEYS = "01|gtin|8006|itip|8010|cpid|414|gln|417|party|8017|gsrnp|8018|gsrn|255|gcn|00|sscc"
            + "|253|gdti|401|ginc|402|gsin|8003|grai|8004|giai";
    private static final Pattern LOOKS_LIKE_LINK = Pattern.compile("^https?://[^?#]*/(" + KEYS + ")/\\d{4}[^/]*.*");
    private static final Pattern ON_ROOT = Pattern.compile(
            "^https://id\\.gs1\\.org/(01|8006|8010|414|417|8017|8018|255|00|253|401|402|8003|8004)/\\d{4}[^/]+.*");
    /** The primary keys in the order a path on a foreign domain is searched for them. */
    private static final List<String> PRIMARY = List.of("00", "01", "253", "255", "401", "402", "414", "417", "8003",
            "8004", "8006", "8010", "8017", "8018");
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("gtin", "01"), Map.entry("itip", "8006"),
            Map.entry("cpid", "8010"), Map.entry("gln", "414"), Map.entry("party", "417"), Map.entry("gsrnp", "8017"),
            Map.entry("gsrn", "8018"), Map.entry("gcn", "255"), Map.entry("sscc", "00"), Map.entry("gdti", "253"),
            Map.entry("ginc", "401"), Map.entry("gsin", "402"), Map.entry("grai", "8003"), Map.entry("giai", "8004"),
            Map.entry("cpv", "22"), Map.entry("lot", "10"), Map.entry("ser", "21"));
    private static final Pattern SHORT_NAME = Pattern.compile("/(" + String.join("|", SHORT_NAMES.keySet()) + ")/");
    private static final Pattern SHORT_GTIN = Pattern.compile("^(https://id\\.gs1\\.org/01/)(\\d{13}|\\d{12}|\\d{8})(?!\\d)(.*)");
    private static final Pattern CPV = Pattern.compile("^(https://id\\.gs1\\.org/(?:01/\\d{14}|8006/\\d{18}))/22/[^/]*(.*)$");
    private static final Pattern LOT_AND_SERIAL = Pattern.compile(
            "^(https://id\\.gs1\\.org/(?:01/\\d{14}|8006/\\d{18}))/10/[^/]*(/21/[^/]*)$");
    private static final String X = "[\"'\\-.0-9;-?A-Z_a-z]";
    private static final Pattern VALID = Pattern.compile("^https://id\\.gs1\\.org/(00/\\d{18}|01/\\d{14}(/21/" + X + "{0,20}|/10/"
            + X + "{0,20}|/235/" + X + "{0,28})?|253/\\d{13}" + X + "{0,17}|255/\\d{13}\\d{0,12}|401/" + X + "{0,30}|402/\\d{17}"
            + "|414/\\d{13}(/254/" + X + "{0,20})?|417/\\d{13}|8003/\\d{14}" + X + "{0,16}|8004/" + X + "{0,30}|8006/\\d{18}(/21/"
            + X + "{0,20}|/10/" + X + "{0,20})?|8010/[#\\-/0-9A-Z]{0,30}(/8011/\\d{0,12})?|8017/\\d{18}|8018/\\d{18})$");

    private DigitalLinks() {
    }

    /** The canonical Digital Link for an EPC URN or a Digital Link, empty when the text is neither. */
    static Optional<String> canonical(String text) {
        if (text.startsWith("urn:epc:")) {
            return EpcUrns.toDigitalLink(text);
        }
        if (!LOOKS_LIKE_LINK.matcher(text).matches()) {
            return Optional.empty();
        }
        String uri = text;
        int query = uri.indexOf('?');
        if (query >= 0) {
            uri = uri.substring(0, query);
        }
        uri = SHORT_NAME.matcher(uri).replaceAll(m -> "/" + SHORT_NAMES.get(m.group(1)) + "/");
        if (!ON_ROOT.matcher(uri).matches()) {
            uri = onRoot(uri);
        }
        uri = replaceIf(SHORT_GTIN, uri, m -> m.group(1) + "0".repeat(14 - m.group(2).length()) + m.group(2) + m.group(3));
        uri = replaceIf(CPV, uri, m -> m.group(1) + m.group(2));
        uri = replaceIf(LOT_AND_SERIAL, uri, m -> m.group(1) + m.group(2));
        return VALID.matcher(uri).matches() ? Optional.of(uri) : Optional.empty();
    }

    private static String onRoot(String uri) {
        for (String key : PRIMARY) {
            int at = uri.indexOf("/" + key + "/");
            if (at >= 0) {
                return ROOT + uri.substring(at);
            }
        }
        return uri;
    }

    private static String replaceIf(Pattern pattern, String uri, Function<Matcher, String> change) {
        Matcher m = pattern.matcher(uri);
        return m.matches() ? change.apply(m) : uri;
    }
}
