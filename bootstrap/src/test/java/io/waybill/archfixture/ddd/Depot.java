package io.waybill.archfixture.ddd;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

public class Depot implements AggregateRoot<Depot, Depot.DepotId> {
    public record DepotId(String value) implements Identifier {
    }

    @Override
    public DepotId getId() {
        return new DepotId("d");
    }
}
