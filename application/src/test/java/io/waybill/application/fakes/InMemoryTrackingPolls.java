package io.waybill.application.fakes;

import io.waybill.application.port.out.TrackingPolls;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The poll schedule in memory; the status of each shipment comes from {@code statuses} (the orders store). */
public final class InMemoryTrackingPolls implements TrackingPolls {

    /** One row of the schedule. */
    public record Row(ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber number, Instant dueAt, Instant lastNewsAt,
            int failures, int polls) {
    }

    private final Map<ShipmentId, Row> rows = new LinkedHashMap<>();
    private final Function<ShipmentId, ShipmentStatus> statuses;

    public InMemoryTrackingPolls(Function<ShipmentId, ShipmentStatus> statuses) {
        this.statuses = statuses;
    }

    @Override
    public synchronized void schedule(ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber number, Instant dueAt) {
        rows.putIfAbsent(shipment, new Row(shipment, carrier, number, dueAt, dueAt, 0, 0));
    }

    @Override
    public synchronized List<Claimed> claimDue(Set<CarrierCode> carriers, Instant now, Duration lease, int limit) {
        List<Row> due = rows.values().stream().filter(r -> carriers.contains(r.carrier()) && !r.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Row::dueAt)).limit(limit).toList();
        List<Claimed> claimed = new ArrayList<>();
        for (Row r : due) {
            rows.put(r.shipment(), new Row(r.shipment(), r.carrier(), r.number(), now.plus(lease), r.lastNewsAt(), r.failures(),
                    r.polls() + 1));
            claimed.add(new Claimed(r.shipment(), r.carrier(), r.number(), statuses.apply(r.shipment()), r.lastNewsAt(),
                    r.failures()));
        }
        return claimed;
    }

    @Override
    public synchronized void reschedule(ShipmentId shipment, Instant dueAt, Instant newsAt, int failures) {
        Row r = rows.get(shipment);
        if (r != null) {
            rows.put(shipment, new Row(shipment, r.carrier(), r.number(), dueAt, newsAt == null ? r.lastNewsAt() : newsAt,
                    failures, r.polls()));
        }
    }

    @Override
    public synchronized void stop(ShipmentId shipment) {
        rows.remove(shipment);
    }

    @Override
    public synchronized int scheduleMissing(Set<CarrierCode> carriers, Instant dueAt) {
        return 0;
    }

    public synchronized Optional<Row> row(ShipmentId shipment) {
        return Optional.ofNullable(rows.get(shipment));
    }

    public synchronized int size() {
        return rows.size();
    }
}
