package io.waybill.domain.telemetry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When the devices watching a shipment's conditions need a person, in plain words: a battery below
 * {@link Conditions.Settings#lowBatteryPercent()} (the logger may stop before delivery), or no reading for
 * {@link Conditions.Settings#offlineAfter()} (nobody watches the goods meanwhile). {@code since} stays the same while the
 * cause goes on: the first reading of the last run below the limit, the newest reading of a silence.
 */
public final class DeviceAttention {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Why, and since when. */
    public record Why(String reason, Instant since) {
    }

    private DeviceAttention() {
    }

    /** With the {@link Conditions.Settings#DEFAULTS}; {@code readings} those the report was judged from. */
    public static Optional<Why> of(ConditionReport report, List<Reading> readings) {
        return of(report, readings, Conditions.Settings.DEFAULTS);
    }

    public static Optional<Why> of(ConditionReport report, List<Reading> readings, Conditions.Settings settings) {
        List<String> reasons = new ArrayList<>();
        Instant since = null;
        if (report.lowBattery()) {
            Instant low = lowSince(readings, settings.lowBatteryPercent());
            reasons.add(String.format(Locale.ROOT, "Battery of the shipment's device at %.0f %% (below %.0f %%) since %s: it may stop"
                    + " reporting before delivery", report.lastBatteryPercent(), settings.lowBatteryPercent(), WHEN.format(low)));
            since = low;
        }
        if (report.silentSince() != null) {
            reasons.add("No reading from the shipment's devices since " + WHEN.format(report.silentSince()) + " (silent for over "
                    + settings.offlineAfter().toHours() + " h): nobody watches its conditions meanwhile");
            since = since == null || report.silentSince().isBefore(since) ? report.silentSince() : since;
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Why(String.join("; ", reasons), since));
    }

    private static Instant lowSince(List<Reading> readings, double limit) {
        Instant since = null;
        List<Reading> inOrder = readings.stream().filter(r -> r.batteryPercent() != null)
                .sorted(Comparator.comparing(Reading::at)).toList();
        for (Reading r : inOrder) {
            if (r.batteryPercent() < limit) {
                since = since == null ? r.at() : since;
            } else {
                since = null;
            }
        }
        return since == null ? inOrder.getLast().at() : since;
    }
}
