package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A sorting hub of the simulated carrier's network, in its own time zone. */
record Hub(String city, String countryCode, GeoPoint position, ZoneId zone) {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final double EARTH_RADIUS_KM = 6371.0;

    static final Hub BERLIN = new Hub("Berlin", "DE", new GeoPoint(52.5200, 13.4050), GERMANY);

    /** Where journeys start: the hub next to the simulated warehouse. */
    static final Hub ORIGIN = BERLIN;

    static final List<Hub> NETWORK = List.of(
            BERLIN,
            new Hub("Hamburg", "DE", new GeoPoint(53.5511, 9.9937), GERMANY),
            new Hub("Hannover", "DE", new GeoPoint(52.3759, 9.7320), GERMANY),
            new Hub("Leipzig", "DE", new GeoPoint(51.3397, 12.3731), GERMANY),
            new Hub("Cologne", "DE", new GeoPoint(50.9375, 6.9603), GERMANY),
            new Hub("Frankfurt", "DE", new GeoPoint(50.1109, 8.6821), GERMANY),
            new Hub("Nuremberg", "DE", new GeoPoint(49.4521, 11.0767), GERMANY),
            new Hub("Munich", "DE", new GeoPoint(48.1351, 11.5820), GERMANY));

    /** The hub serving a delivery address's city ("Frankfurt am Main" is served by Frankfurt), if one does. */
    static Optional<Hub> serving(String city) {
        if (city == null || city.isBlank()) {
            return Optional.empty();
        }
        String wanted = city.strip().toLowerCase(Locale.ROOT);
        return NETWORK.stream().filter(hub -> wanted.equals(hub.city().toLowerCase(Locale.ROOT))
                || wanted.startsWith(hub.city().toLowerCase(Locale.ROOT) + " ")).findFirst();
    }

    Location facility() {
        return new Location("SIM Hub " + city, city, countryCode, position);
    }

    /** The town the hub delivers to, without the hub itself: where a delivery happens. */
    Location area() {
        return new Location(null, city, countryCode, null);
    }

    /** Great-circle distance (haversine). */
    double kilometresTo(Hub other) {
        double lat1 = Math.toRadians(position.latitude());
        double lat2 = Math.toRadians(other.position.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.position.longitude() - position.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
