package io.waybill.domain.eta;

import java.util.Objects;

/**
 * Where a shipment travels: carrier, service, the region it is in now ({@code origin}: where the last scan happened)
 * and its destination region (for example {@code DE-8}, the German postal region 8). Transit statistics are learned
 * per lane and stage, with coarser lanes as fallbacks.
 */
public record Lane(String carrier, String service, String origin, String destination) {

    public static final String ANY = "*";

    public Lane {
        Objects.requireNonNull(carrier, "carrier");
        service = service == null ? "standard" : service;
        origin = origin == null ? ANY : origin;
        destination = destination == null ? ANY : destination;
    }

    /** The same lane without its regions: the carrier's service over all its lanes. */
    public Lane carrierWide() {
        return new Lane(carrier, service, ANY, ANY);
    }

    /** Every carrier, every region. */
    public static Lane network() {
        return new Lane(ANY, ANY, ANY, ANY);
    }

    public String describe() {
        if (carrier.equals(ANY)) {
            return "all carriers";
        }
        return carrier + " " + service + (origin.equals(ANY) && destination.equals(ANY) ? " (all lanes)" : " " + origin + " → " + destination);
    }
}
