package io.waybill.adapters.epcis.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The canonical text of a single value in the pre-hash string (CBV 2.0 event hash): timestamps in UTC to the
 * millisecond, numbers without trailing zeros, CBV URNs as web URIs, GS1 identifiers as canonical Digital Links.
 */
final class CanonicalValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CanonicalValues() {
    }

    /** Whether the field holds a timestamp: its name says time, and not time-zone offset. */
    static boolean isTimeField(String name) {
        String lower = name.toLowerCase();
        return lower.contains("time") && !lower.contains("offset");
    }

    /** Any value other than a timestamp: vocabulary URN to web URI, then number, then Digital Link. */
    static String value(String text) {
        String canonical = number(Vocabulary.webUri(text));
        return DigitalLinks.canonical(canonical).orElse(canonical);
    }

    /**
     * A timestamp in UTC with exactly three decimals, the third rounded half up from the fourth (CBV 2.0 rule 9). A
     * timestamp without offset is read as UTC. Text that is no timestamp is returned as it is.
     */
    static String timestamp(String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return text;
            }
        }
        long nanos = instant.getNano();
        long millis = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.HALF_UP).longValue();
        return MILLIS.format(Instant.ofEpochSecond(instant.getEpochSecond()).plusMillis(millis));
    }

    /**
     * A number written the way the reference generator writes it: integral values without a fraction ({@code 452.0}
     * to {@code 452}, {@code +007} to {@code 7}), others in the shortest form that reads back as the same double.
     */
    static String number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return text;
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            return text;
        }
        if (value == Math.rint(value)) {
            return new BigDecimal(value).toBigInteger().toString();
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = shortest.signum() < 0 ? "-" : "";
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
