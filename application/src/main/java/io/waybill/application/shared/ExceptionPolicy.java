package io.waybill.application.shared;

import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of the exceptions queue that operations set: how long an item may wait for someone to acknowledge it (one
 * time for every kind, or one per kind), how long a shipped parcel may go without a carrier scan before it is missing,
 * and the escalation chain.
 */
public record ExceptionPolicy(Duration acknowledgeWithin, Map<ExceptionKind, Duration> perKind, Duration missingScanAfter,
        EscalationChain chain) {

    public ExceptionPolicy {
        positive(acknowledgeWithin, "waybill.exceptions.acknowledge-within");
        perKind = perKind == null || perKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perKind));
        perKind.forEach((kind, d) -> positive(d, "waybill.exceptions.acknowledge-within-per-kind"));
        positive(missingScanAfter, "waybill.exceptions.missing-scan-after");
        chain = chain == null ? new EscalationChain(List.of()) : chain;
    }

    /** How long an item of {@code kind} may wait to be acknowledged, at each level. */
    public Duration acknowledgeWithin(ExceptionKind kind) {
        return perKind.getOrDefault(kind, acknowledgeWithin);
    }

    /** Per-kind times of a setting like {@code lost=PT1H,delivery-attempt-failed=PT2H} (kinds as slugs or names). */
    public static Map<ExceptionKind, Duration> perKind(String setting) {
        Map<ExceptionKind, Duration> times = new EnumMap<>(ExceptionKind.class);
        for (String part : setting == null ? new String[0] : setting.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.strip().split("=", 2);
            String name = pair[0].strip().toUpperCase(Locale.ROOT).replace('-', '_');
            ExceptionKind kind = Arrays.stream(ExceptionKind.values()).filter(k -> k.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("waybill.exceptions.acknowledge-within-per-kind",
                            InvalidValueException.quote(pair[0].strip()) + " is not one of " + Arrays.toString(ExceptionKind.values())));
            if (pair.length < 2) {
                throw new InvalidValueException("waybill.exceptions.acknowledge-within-per-kind", "'" + part.strip()
                        + "' is not kind=duration, like lost=PT1H");
            }
            try {
                times.put(kind, Duration.parse(pair[1].strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("waybill.exceptions.acknowledge-within-per-kind",
                        InvalidValueException.quote(pair[1].strip()) + " is not an ISO-8601 duration, like PT1H");
            }
        }
        return times;
    }

    private static void positive(Duration d, String setting) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new InvalidValueException(setting, "must be a positive duration (got " + d + ")");
        }
    }
}
