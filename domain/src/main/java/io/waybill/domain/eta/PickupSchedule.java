package io.waybill.domain.eta;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a carrier collects from the warehouse: at {@code time} (local to {@code zone}) on {@code days}. A shipment packed
 * after a pickup leaves with the next one: that is the warehouse cut-off.
 */
public record PickupSchedule(LocalTime time, ZoneId zone, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public PickupSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a pickup schedule needs at least one day");
        }
        days = Set.copyOf(days);
    }

    /** The first pickup strictly after {@code at}. */
    public Instant next(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(time).atZone(zone);
        for (int i = 0; i < 8; i++) {
            if (candidate.toInstant().isAfter(at) && days.contains(candidate.getDayOfWeek())) {
                return candidate.toInstant();
            }
            candidate = candidate.toLocalDate().plusDays(1).atTime(time).atZone(zone);
        }
        throw new IllegalStateException("no pickup within a week of " + at);
    }

    /** The last pickup at or before {@code at}. */
    public Instant previous(Instant at) {
        ZonedDateTime candidate = at.atZone(zone).toLocalDate().atTime(time).atZone(zone);
        for (int i = 0; i < 8; i++) {
            if (!candidate.toInstant().isAfter(at) && days.contains(candidate.getDayOfWeek())) {
                return candidate.toInstant();
            }
            candidate = candidate.toLocalDate().minusDays(1).atTime(time).atZone(zone);
        }
        throw new IllegalStateException("no pickup within a week before " + at);
    }
}
