package io.waybill.domain.telemetry;

import io.waybill.domain.telemetry.FenceCrossings.Crossing;
import io.waybill.domain.telemetry.FenceCrossings.Kind;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Timeline steps derived from a device's geofence crossings, for a shipment whose carrier said nothing there: an
 * arrival at a hub, a departure from it, an arrival at the destination (the fence in the delivery town: arrived in the
 * destination's area, which is no proof of delivery). Each step is {@link Milestone#IN_TRANSIT} from
 * {@link EventSource#derivedFromPositions()}, at the fence's name and centre, and sets no status.
 *
 * <p>A carrier's scan comes first. No step is derived for a crossing when a step that was reported (not derived) is
 * {@linkplain #covers of the same kind at that place} within {@link #PRECEDENCE_WINDOW}, nor after the shipment's
 * final scan (delivered, returned). The key is made of device, fence, kind and instant, so the same crossing seen in
 * any look, from positions sent in any order or twice, is the same step.
 */
public final class DerivedMilestones {

    /** A scan this close in time to a crossing, at that place, is the crossing's own scan. */
    public static final Duration PRECEDENCE_WINDOW = Duration.ofHours(2);
    /** A scan's position this far beyond a fence's radius is still at the fence's place (a carrier geocodes hubs roughly). */
    public static final double PLACE_MARGIN_METRES = 1_000;
    /** The raw codes of derived steps. */
    public static final String ARRIVAL = "GEOFENCE_ARRIVAL";
    public static final String DEPARTURE = "GEOFENCE_DEPARTURE";
    public static final String ARRIVAL_AT_DESTINATION = "GEOFENCE_ARRIVAL_DESTINATION";

    private static final Set<Milestone> FINAL = EnumSet.of(Milestone.DELIVERED, Milestone.RETURNED_TO_SENDER);
    private static final Set<Milestone> AT_DESTINATION = EnumSet.of(Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED,
            Milestone.DELIVERY_ATTEMPT_FAILED, Milestone.AVAILABLE_FOR_PICKUP);

    private DerivedMilestones() {
    }

    /**
     * The steps for {@code crossings} of {@code fence} by {@code device}; {@code destination}: the fence is in the
     * order's delivery town. {@code shipmentSteps}: the shipment's timeline as it is (derived steps among them are
     * ignored).
     */
    public static List<TrackingEvent> of(DeviceId device, Geofence fence, boolean destination, List<Crossing> crossings,
            List<TrackingEvent> shipmentSteps, Instant receivedAt) {
        List<TrackingEvent> reported = shipmentSteps.stream().filter(e -> !e.derived()).toList();
        Instant end = reported.stream().filter(e -> FINAL.contains(e.milestone())).map(TrackingEvent::occurredInstant)
                .min(Instant::compareTo).orElse(null);
        List<TrackingEvent> steps = new ArrayList<>();
        for (Crossing c : crossings) {
            if (end != null && c.at().isAfter(end)) {
                continue;
            }
            if (reported.stream().anyMatch(e -> covers(e, fence, destination, c))) {
                continue;
            }
            steps.add(step(device, fence, destination, c, receivedAt));
        }
        return steps;
    }

    /**
     * Whether a reported step stands for the crossing: within the window, at the fence's place (its position within the
     * radius and margin, its facility the fence's name or location code, or, with neither position nor facility, its town the fence's),
     * and of the same kind. A step whose code or text says "depart…" is a departure, "arriv…" an arrival, any other
     * checkpoint both. At a destination fence a delivery-round step (out for delivery, delivered, a failed attempt, ready
     * for pickup) anywhere stands for the arrival too: the carrier has the shipment there already.
     */
    static boolean covers(TrackingEvent step, Geofence fence, boolean destination, Crossing c) {
        if (Duration.between(step.occurredInstant(), c.at()).abs().compareTo(PRECEDENCE_WINDOW) > 0) {
            return false;
        }
        if (destination && c.kind() == Kind.ARRIVAL && AT_DESTINATION.contains(step.milestone())) {
            return true;
        }
        if (step.milestone() != Milestone.IN_TRANSIT && step.milestone() != Milestone.HANDED_OVER) {
            return false;
        }
        return atPlace(step.location(), fence) && sameKind(step, c.kind());
    }

    private static boolean atPlace(Location where, Geofence fence) {
        if (where == null) {
            return false;
        }
        if (where.position() != null) {
            return fence.metresFrom(where.position()) <= fence.radiusMetres() + PLACE_MARGIN_METRES;
        }
        if (where.facility() != null) {
            return where.facility().equalsIgnoreCase(fence.name()) || where.facility().equalsIgnoreCase(fence.locationCode());
        }
        return fence.serves(where.city(), where.countryCode()); // only a town to go by
    }

    private static boolean sameKind(TrackingEvent step, Kind kind) {
        String said = ((step.rawCode() == null ? "" : step.rawCode()) + " " + (step.rawText() == null ? "" : step.rawText()))
                .toLowerCase(Locale.ROOT);
        boolean departs = said.contains("depart");
        boolean arrives = said.contains("arriv");
        if (departs == arrives) {
            return true; // a checkpoint that does not say which (or says both): it stands for both
        }
        return kind == Kind.DEPARTURE ? departs : arrives;
    }

    private static TrackingEvent step(DeviceId device, Geofence fence, boolean destination, Crossing c, Instant receivedAt) {
        boolean arrival = c.kind() == Kind.ARRIVAL;
        String code = arrival ? (destination ? ARRIVAL_AT_DESTINATION : ARRIVAL) : DEPARTURE;
        String text = (arrival ? (destination ? "Arrived in the destination's area at " : "Arrived at ") : "Left ")
                + fence.name() + " (derived from the positions of device " + device.value() + ")";
        String facility = fence.name();
        return new TrackingEvent(new EventKey(EventSource.derivedFromPositions(), key(device, c)), Milestone.IN_TRANSIT, code,
                text.length() > 512 ? text.substring(0, 512) : text, null, c.at().atOffset(ZoneOffset.UTC), receivedAt,
                new Location(facility, fence.city(), fence.countryCode(), fence.centre()), null);
    }

    /** The same for the same device, fence, kind and instant, whenever and however often it is derived. */
    static String key(DeviceId device, Crossing c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((device.value() + "|" + c.fence().value() + "|" + c.kind()
                    + "|" + c.at()).getBytes(StandardCharsets.UTF_8));
            return c.kind().name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
