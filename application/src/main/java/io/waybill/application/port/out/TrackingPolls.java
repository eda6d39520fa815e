package io.waybill.application.port.out;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The schedule of shipments whose carrier must be asked for news. Shared by every Waybill instance on one
 * database: a shipment is claimed by one instance at a time (its lease), so it is never polled twice at once.
 */
public interface TrackingPolls {

    /** A shipment claimed for polling, with what the poll interval depends on. */
    record Claimed(ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber number, ShipmentStatus status,
            Instant lastNewsAt, int failures) {
    }

    /** Puts a shipment on the schedule, first due at {@code dueAt}; a shipment already on it is left as it is. */
    void schedule(ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber number, Instant dueAt);

    /**
     * Claims up to {@code limit} shipments of these carriers that are due at {@code now}, oldest due first, skipping
     * those another instance is claiming at the same moment. Each stays claimed for {@code lease}: when the
     * instance dies before rescheduling it, another takes it over after that.
     */
    List<Claimed> claimDue(Set<CarrierCode> carriers, Instant now, Duration lease, int limit);

    /**
     * Releases a claimed shipment, next due at {@code dueAt}. {@code newsAt} is when the carrier last said something
     * new (null: unchanged); {@code failures} counts failed polls in a row.
     */
    void reschedule(ShipmentId shipment, Instant dueAt, Instant newsAt, int failures);

    /** Takes a shipment off the schedule (delivered, lost, or silent for too long). */
    void stop(ShipmentId shipment);

    /**
     * Puts on the schedule every shipment of these carriers that is still under way but not on it (one whose
     * hand-over to the schedule was lost in a crash), due at {@code dueAt}. Returns how many were added.
     */
    int scheduleMissing(Set<CarrierCode> carriers, Instant dueAt);
}
