package io.waybill.application.service;

import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.PlaceName;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the public view may put a checkpoint on a map: at its town's area, never closer. A position is rounded to
 * {@link TrackOrder#AREA_DEGREES} (about 11 km), given only with a shown city (a town-level place, not a lone point),
 * and never for the scans made at the door, whose positions are the customer's address. The proof of delivery's own
 * position is not read at all.
 */
final class PublicPlaces {

    private PublicPlaces() {
    }

    /** The rounded area of an event at a shown city, or null. */
    static GeoPoint area(Milestone milestone, Location where, String shownCity) {
        if (where == null || where.position() == null || shownCity == null || atTheDoor(milestone)) {
            return null;
        }
        return new GeoPoint(rounded(where.position().latitude()), rounded(where.position().longitude()));
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

    private static double rounded(double degrees) {
        double cells = Math.round(degrees / TrackOrder.AREA_DEGREES);
        return Math.round(cells * TrackOrder.AREA_DEGREES * 1e6) / 1e6;
    }
}
