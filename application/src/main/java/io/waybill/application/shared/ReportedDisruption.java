package io.waybill.application.shared;

import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A disruption (weather, traffic, hub outage) reported to Waybill, by operations or a feed, from {@code from} until
 * {@code until} in {@code region} ({@code <country>-<city>}, as lanes name regions: {@code DE-Hamburg}); known since it
 * was reported.
 */
public record ReportedDisruption(UUID id, String region, String what, Instant from, Instant until, Instant reportedAt,
        String reportedBy) {

    /** A region as lanes name them: an ISO country code, a dash, a city. */
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-\\p{L}[\\p{L} .'-]{0,80}");

    public ReportedDisruption {
        InvalidValueException.required(id, "id");
        region = InvalidValueException.requiredText(region, "region", 83);
        if (!REGION.matcher(region).matches()) {
            throw new InvalidValueException("region", InvalidValueException.quote(region) + " is not <country>-<city> as lanes name regions,"
                    + " like DE-Hamburg (an ISO country code in capitals, a dash, the city)");
        }
        what = InvalidValueException.requiredFreeText(what, "what", 200);
        InvalidValueException.plausibleInstant(from, "from");
        InvalidValueException.plausibleInstant(until, "until");
        if (!until.isAfter(from)) {
            throw new InvalidValueException("until", "must be after from (" + from + "), got " + until);
        }
        InvalidValueException.required(reportedAt, "reportedAt");
        reportedBy = InvalidValueException.requiredText(reportedBy, "reportedBy", 200);
    }

    /** The normalised country part: {@code de-Hamburg} is read as {@code DE-Hamburg}. */
    public static String region(String text) {
        if (text == null || text.length() < 3 || text.charAt(2) != '-') {
            return text;
        }
        return text.substring(0, 2).toUpperCase(Locale.ROOT) + text.substring(2);
    }

    /** As the delay rules see it: known since it was reported. */
    public DelayRules.Disruption toDomain() {
        return new DelayRules.Disruption(region, what, from, until, reportedAt, "reported by " + reportedBy);
    }
}
