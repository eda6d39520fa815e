package io.waybill.application.port.in;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.ConditionReport;
import java.time.Instant;
import java.util.List;

/** The conditions a shipment travelled in, as the devices bound to it measured them, against its profile. */
public interface WatchConditions {

    /** Gives the shipment a profile; {@link OrderNotFoundException} when the tenant has no such shipment. */
    void setProfile(ShipmentId shipment, ConditionProfile profile);

    /**
     * The shipment's profile (null without one), the report against it (null without a profile), how many readings it
     * rests on, and the readings downsampled to at most {@code points} time buckets for a chart.
     */
    ShipmentConditions conditions(ShipmentId shipment, int points);

    record ShipmentConditions(ConditionProfile profile, ConditionReport report, int readings, List<Bucket> series) {
    }

    /**
     * The readings of one stretch of time: lowest, mean and highest temperature and humidity, the strongest shock and
     * the brightest light (each null without readings of it).
     */
    record Bucket(Instant from, Instant until, int readings, Double temperatureMin, Double temperatureMean, Double temperatureMax,
            Double humidityMin, Double humidityMean, Double humidityMax, Double shockMax, Double lightMax) {
    }
}
