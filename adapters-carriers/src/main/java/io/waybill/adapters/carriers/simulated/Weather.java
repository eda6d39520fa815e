package io.waybill.adapters.carriers.simulated;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The weather over the simulated network: storms at hubs, seeded, so every journey of one seed meets the same storms
 * and a weather service can forecast them. Each hub has a storm on a given day with probability {@code stormsPerHubDay};
 * a storm lasts 6-18 hours. Most are forecast 6-48 hours before they begin (a weather service publishes them); one in
 * five comes unannounced (reported as it begins); one forecast in ten is a false alarm (no storm comes).
 *
 * <p>A storm holds linehaul at its hub: a parcel arriving there waits until the storm is over, and delivery rounds do
 * not start while it rages.
 */
final class Weather {

    static final double UNANNOUNCED = 0.2;
    static final double FALSE_ALARM = 0.1;
    static final int MIN_HOURS = 6;
    static final int MAX_HOURS = 18;
    static final int MIN_FORECAST_HOURS = 6;
    static final int MAX_FORECAST_HOURS = 48;

    /** A storm (or a forecast of one that will not come: {@code comes} false) at a hub. */
    record Storm(Hub hub, Instant from, Instant until, Instant knownSince, boolean comes) {

        boolean covers(Instant at) {
            return comes && !at.isBefore(from) && at.isBefore(until);
        }
    }

    private final long seed;
    private final double stormsPerHubDay;

    Weather(long seed, double stormsPerHubDay) {
        this.seed = seed;
        this.stormsPerHubDay = stormsPerHubDay;
    }

    /** The last few thousand hub-days drawn (the draw is pure: this only saves recomputing). */
    private final Map<String, Optional<Storm>> days = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Storm>> eldest) {
                    return size() > 4096;
                }
            });

    /** The storm (or false alarm) at {@code hub} that begins on {@code day} (UTC), if any. */
    Optional<Storm> on(Hub hub, LocalDate day) {
        return days.computeIfAbsent(hub.city() + ":" + day, key -> draw(hub, day));
    }

    private Optional<Storm> draw(Hub hub, LocalDate day) {
        UUID fingerprint = UUID.nameUUIDFromBytes((hub.city() + ":" + day).getBytes(StandardCharsets.UTF_8));
        SplittableRandom random = new SplittableRandom(seed * 31 + fingerprint.getMostSignificantBits() ^ fingerprint.getLeastSignificantBits());
        if (random.nextDouble() >= stormsPerHubDay) {
            return Optional.empty();
        }
        Instant from = day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(random.nextInt(0, 24 * 60)));
        Instant until = from.plus(Duration.ofMinutes(random.nextInt(MIN_HOURS * 60, MAX_HOURS * 60 + 1)));
        boolean announced = random.nextDouble() >= UNANNOUNCED;
        Instant knownSince = announced ? from.minus(Duration.ofMinutes(random.nextInt(MIN_FORECAST_HOURS * 60, MAX_FORECAST_HOURS * 60 + 1)))
                : from;
        boolean comes = !announced || random.nextDouble() >= FALSE_ALARM;
        return Optional.of(new Storm(hub, from, until, knownSince, comes));
    }

    /** The storm raging at {@code hub} at {@code at}, if one does. */
    Optional<Storm> at(Hub hub, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate d : List.of(day, day.minusDays(1))) {
            Optional<Storm> storm = on(hub, d).filter(s -> s.covers(at));
            if (storm.isPresent()) {
                return storm;
            }
        }
        return Optional.empty();
    }

    /** Every storm and forecast known at {@code asOf} that is not over, over the whole network. */
    List<Storm> known(Instant asOf) {
        List<Storm> known = new ArrayList<>();
        LocalDate today = asOf.atZone(ZoneOffset.UTC).toLocalDate();
        for (Hub hub : Hub.NETWORK) {
            for (int d = -1; d <= 2; d++) {
                on(hub, today.plusDays(d)).filter(s -> !s.knownSince().isAfter(asOf) && s.until().isAfter(asOf)
                        && (s.comes() || s.from().isAfter(asOf))) // a false alarm is called off when it does not come
                        .ifPresent(known::add);
            }
        }
        return known;
    }
}
