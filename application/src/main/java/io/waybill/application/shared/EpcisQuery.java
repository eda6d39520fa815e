package io.waybill.application.shared;

import java.time.Instant;
import java.util.Set;

/**
 * The filters of the EPCIS standard's event query that Waybill answers: event types, event time from (included) and
 * until (excluded), business steps, EPCs (exact), read points and business locations. Empty sets and null instants do
 * not filter; at most {@code limit} events, the oldest event time first.
 */
public record EpcisQuery(Set<String> eventTypes, Instant eventTimeFrom, Instant eventTimeUntil, Set<String> bizSteps,
        Set<String> epcs, Set<String> readPoints, Set<String> bizLocations, int limit) {

    public EpcisQuery {
        eventTypes = Set.copyOf(eventTypes);
        bizSteps = Set.copyOf(bizSteps);
        epcs = Set.copyOf(epcs);
        readPoints = Set.copyOf(readPoints);
        bizLocations = Set.copyOf(bizLocations);
    }
}
