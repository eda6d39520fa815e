package io.waybill.adapters.rest.pages;

import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.tracking.GeoPoint;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The route so far, for the tracking page's list of places and the map drawn over it: the towns of the timeline oldest
 * first (a run of scans in one town is one place, at its first scan), and the destination town when a checkpoint was in
 * it ({@code arrived} once the order is delivered there). Positions are the public view's areas (0.1°), written with
 * one decimal: the page never holds a finer one. {@code around}: where the shipments' trackers last were, at the same
 * areas, for those the public view shows one of (before their delivery round).
 */
public record TrackingRoute(List<Place> places, Place destination, boolean arrived, List<Around> around, MapTiles tiles) {

    /** A town on the route: "Kassel, Germany", since when, and its area ({@code lat}/{@code lon} null when unknown). */
    public record Place(String name, String when, String datetime, String lat, String lon) {

        public boolean located() {
            return lat != null;
        }
    }

    /**
     * Where a shipment's tracker last was: its area ({@code lat}/{@code lon}, one decimal; {@code where} the same in words,
     * "51.3° N, 9.5° E"), and when. {@code parcel}: the shipment's number when the order has several, else null.
     */
    public record Around(Integer parcel, String where, String when, String datetime, String lat, String lon) {
    }

    /** Whether there is something to map: a tracker's area, two located places, or one and a destination elsewhere. */
    public boolean drawable() {
        if (!around.isEmpty()) {
            return true; // even alone: the circle shows where in the country the parcel is
        }
        long located = places.stream().filter(Place::located).map(p -> p.lat() + "," + p.lon()).distinct().count();
        boolean destinationElsewhere = destination != null && places.stream().filter(Place::located)
                .noneMatch(p -> p.lat().equals(destination.lat()) && p.lon().equals(destination.lon()));
        return located + (destinationElsewhere ? 1 : 0) >= 2;
    }

    static TrackingRoute of(View view, Locale locale, MapTiles tiles) {
        ZoneId zone = view.destinationZone() == null ? ZoneOffset.UTC : view.destinationZone();
        TrackingPageModel.Dates dates = new TrackingPageModel.Dates(locale);
        List<Step> oldestFirst = view.timeline().stream().filter(s -> s.city() != null)
                .sorted(Comparator.comparing((Step s) -> s.occurredAt().toInstant()).thenComparing(Step::milestone)).toList();
        List<Place> places = new ArrayList<>();
        int i = 0;
        while (i < oldestFirst.size()) {
            Step first = oldestFirst.get(i);
            GeoPoint area = null;
            for (; i < oldestFirst.size() && sameTown(first, oldestFirst.get(i)); i++) {
                area = area == null ? oldestFirst.get(i).area() : area; // a town's first scan may come without a position
            }
            places.add(new Place(TrackingPageModel.place(first, locale), dates.moment(first.occurredAt().atZoneSameInstant(zone)),
                    first.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), lat(area), lon(area)));
        }
        return new TrackingRoute(places, destination(view.destination(), locale), view.status() == OrderStatus.DELIVERED,
                around(view, locale, zone, dates), tiles);
    }

    private static List<Around> around(View view, Locale locale, ZoneId zone, TrackingPageModel.Dates dates) {
        boolean many = view.shipments().size() > 1;
        List<Around> found = new ArrayList<>();
        for (ShipmentView s : view.shipments()) {
            if (s.position() != null) {
                GeoPoint area = s.position().area();
                found.add(new Around(many ? s.number() : null, words(area, locale), dates.moment(s.position().at().atZone(zone)),
                        s.position().at().atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), lat(area), lon(area)));
            }
        }
        return found;
    }

    /** "51.3° N, 9.5° E" (in German "51,3° N, 9,5° O"): the area in words, for the page without its map. */
    private static String words(GeoPoint area, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        return String.format(locale, "%.1f° %s, %.1f° %s", Math.abs(area.latitude()), area.latitude() < 0 ? "S" : "N",
                Math.abs(area.longitude()), area.longitude() < 0 ? "W" : german ? "O" : "E");
    }

    private static boolean sameTown(Step a, Step b) {
        return a.city().equals(b.city()) && Objects.equals(a.countryCode(), b.countryCode());
    }

    private static Place destination(Destination d, Locale locale) {
        if (d == null) {
            return null;
        }
        String country = d.countryCode() == null ? null : Locale.of("", d.countryCode()).getDisplayCountry(locale);
        return new Place(country == null ? d.city() : d.city() + ", " + country, null, null, lat(d.area()), lon(d.area()));
    }

    private static String lat(GeoPoint area) {
        return area == null ? null : degrees(area.latitude());
    }

    private static String lon(GeoPoint area) {
        return area == null ? null : degrees(area.longitude());
    }

    /** One decimal, with a point whatever the page's language: the area's own precision, and nothing finer. */
    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
