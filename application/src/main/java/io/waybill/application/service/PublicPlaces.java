package io.waybill.application.service;

import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.PlaceName;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the public view may put a checkpoint on a map: at its town's area, never closer. A position is rounded to
 * {@link TrackOrder#AREA_DEGREES} (about 11 km), given only with a shown city (a town-level place, not a lone point),
 * and never for the scans made at the door, whose positions are the customer's address. The proof of delivery's own
 * position is not read at all. A device's position (of a tracker travelling with a shipment) gets the same rounding and
 * is shown only before the shipment's delivery round ({@link #locatable}): never the driver's round, never the door.
 */
final class PublicPlaces {

    private PublicPlaces() {
    }

    /** The rounded area of an event at a shown city, or null. */
    static GeoPoint area(Milestone milestone, Location where, String shownCity) {
        if (where == null || where.position() == null || shownCity == null || atTheDoor(milestone)) {
            return null;
        }
        return rounded(where.position());
    }

    /**
     * Whether the public view may show where the shipment's devices are: while it is packed, handed over, in transit or
     * held, and only when it never was in a delivery round ({@code deliveryRound}: an out-for-delivery, failed-attempt,
     * pickup, delivered or returned step on its timeline), since from then on the device rides with the driver to the
     * customer's door. A lost shipment's device may be anywhere, a finder's home too: not shown.
     */
    static boolean locatable(ShipmentStatus status, boolean deliveryRound) {
        boolean beforeTheRound = switch (status) {
            case PACKED, SHIPPED, IN_TRANSIT, HELD -> true;
            case OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, RETURNED_TO_SENDER, LOST -> false;
        };
        return beforeTheRound && !deliveryRound;
    }

    /** Whether a milestone belongs to the delivery round (or comes after it). */
    static boolean inDeliveryRound(Milestone milestone) {
        return switch (milestone) {
            case OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, RETURNED_TO_SENDER -> true;
            default -> false;
        };
    }

    /** A device's position as the public view shows it: its area (0.1°) and the minute it was reported. */
    static TrackOrder.Approximate approximate(Trail.Point point) {
        return new TrackOrder.Approximate(rounded(point.position()), point.at().truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * The delivery address's town at the area of a checkpoint in it (the latest such), or null when no checkpoint was in
     * it: the town's name is then already on the page, and the map adds only that it is where the order goes.
     */
    static Destination destination(DeliveryAddress address, List<Step> steps) {
        String city = PlaceName.vetted(address.city()).map(PlaceName::value).orElse(null);
        if (city == null) {
            return null;
        }
        Destination found = null;
        for (Step s : steps) {
            if (s.area() != null && Objects.equals(s.countryCode(), address.countryCode()) && same(s.city(), city)) {
                found = new Destination(s.city(), s.countryCode(), s.area());
            }
        }
        return found;
    }

    private static boolean atTheDoor(Milestone milestone) {
        return milestone == Milestone.DELIVERED || milestone == Milestone.DELIVERY_ATTEMPT_FAILED;
    }

    private static boolean same(String a, String b) {
        return a != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static GeoPoint rounded(GeoPoint exact) {
        return new GeoPoint(rounded(exact.latitude()), rounded(exact.longitude()));
    }

    private static double rounded(double degrees) {
        double cells = Math.round(degrees / TrackOrder.AREA_DEGREES);
        return Math.round(cells * TrackOrder.AREA_DEGREES * 1e6) / 1e6;
    }
}
