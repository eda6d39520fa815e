package io.waybill.domain.telemetry;

import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A hub fence in Kassel and positions at given distances north of its centre. */
final class GeofenceFixtures {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final GeoPoint KASSEL = new GeoPoint(51.3127, 9.4797);
    static final Geofence HUB = new Geofence(new GeofenceId("hub-kassel"), "Hub Kassel", KASSEL, 500, "DEKSF", "Kassel", "DE");
    static final DeviceId VAN = new DeviceId("VAN-7");
    private static final double METRES_PER_DEGREE = 111_195;

    private GeofenceFixtures() {
    }

    /** A position {@code metres} north of the hub's centre, {@code seconds} after T0. */
    static Reading at(long seconds, double metres) {
        return Reading.at(T0.plusSeconds(seconds), new GeoPoint(KASSEL.latitude() + metres / METRES_PER_DEGREE, KASSEL.longitude()));
    }

    /** One position every 30 s from {@code fromSecond}, {@code count} of them, all {@code metres} from the centre. */
    static List<Reading> staying(long fromSecond, int count, double metres) {
        List<Reading> r = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            r.add(at(fromSecond + 30L * i, metres));
        }
        return r;
    }

    /** A carrier's scan at {@code where}, {@code seconds} after T0. */
    static TrackingEvent scan(String id, Milestone milestone, String rawText, long seconds, Location where) {
        return new TrackingEvent(new EventKey(new EventSource(SourceType.CARRIER, "dhl"), id), milestone, null, rawText, null,
                T0.plusSeconds(seconds).atOffset(ZoneOffset.ofHours(1)), T0.plusSeconds(seconds), where, null);
    }
}
