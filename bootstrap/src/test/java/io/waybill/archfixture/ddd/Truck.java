package io.waybill.archfixture.ddd;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/** Violation: an aggregate holding another aggregate instead of its id. */
public class Truck implements AggregateRoot<Truck, Truck.TruckId> {
    public record TruckId(String value) implements Identifier {
    }

    private Depot home;

    @Override
    public TruckId getId() {
        return new TruckId("t");
    }

    Depot home() {
        return home;
    }
}
