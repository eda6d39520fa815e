package io.waybill.adapters.warehouse.simulated;

import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock per SKU: on hand, and how much of it is reserved for orders not yet packed. Not thread-safe:
 * the warehouse guards it with its lock, so that checking and reserving all lines of an order is one step.
 */
final class Inventory {

    private final Map<Sku, Integer> onHand = new HashMap<>();
    private final Map<Sku, Integer> reserved = new HashMap<>();

    Inventory(Map<Sku, Integer> initial) {
        initial.forEach((sku, quantity) -> {
            if (quantity == null || quantity < 0) {
                throw new IllegalArgumentException("on-hand quantity of " + sku + " must be 0 or more (got " + quantity + ")");
            }
            onHand.put(sku, quantity);
        });
    }

    int onHand(Sku sku) {
        return onHand.getOrDefault(sku, 0);
    }

    int available(Sku sku) {
        return onHand(sku) - reserved.getOrDefault(sku, 0);
    }

    /** The lines that cannot be reserved, as "SKU: n requested, m available"; empty when all can. */
    List<String> shortages(List<OrderLine> lines) {
        List<String> shortages = new ArrayList<>();
        for (OrderLine line : lines) {
            int available = available(line.sku());
            if (line.quantity() > available) {
                shortages.add(line.sku() + ": " + line.quantity() + " requested, " + available + " available");
            }
        }
        return shortages;
    }

    /** Reserves every line; call only when {@link #shortages} is empty. */
    void reserve(List<OrderLine> lines) {
        lines.forEach(line -> reserved.merge(line.sku(), line.quantity(), Integer::sum));
    }

    void release(List<OrderLine> lines) {
        lines.forEach(line -> reserved.merge(line.sku(), -line.quantity(), Integer::sum));
    }

    /** The reserved goods leave the shelves in parcels. */
    void consume(List<OrderLine> lines) {
        release(lines);
        lines.forEach(line -> onHand.merge(line.sku(), -line.quantity(), Integer::sum));
    }
}
