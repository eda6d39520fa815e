package io.waybill.adapters.warehouse.simulated;

import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.Sku;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Orders for the warehouse to fulfil. */
final class OrderFixtures {

    private static final AtomicInteger NUMBERS = new AtomicInteger(1000);

    private OrderFixtures() {
    }

    static OrderLine line(String sku, int quantity) {
        return new OrderLine(new Sku(sku), quantity);
    }

    /**
     * A confirmed order for these lines, given as SKU and quantity pairs: {@code order("MUG-BLUE", 2, "CAP-NAVY", 1)}. Confirmed,
     * because Waybill asks the warehouse to fulfil confirmed orders only (and refuses to pack any other).
     */
    static Order order(Object... skusAndQuantities) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < skusAndQuantities.length; i += 2) {
            lines.add(line((String) skusAndQuantities[i], (Integer) skusAndQuantities[i + 1]));
        }
        Order order = Order.place(TenantId.DEFAULT, OrderId.random(), "WB-" + NUMBERS.incrementAndGet(),
                new Customer("Ada Example", "ada@example.com", null),
                new DeliveryAddress("Hauptstr. 1", null, "10115", "Berlin", null, "DE"), lines, null, Instant.now());
        order.confirm(TrackingId.generate(), Instant.now());
        return order;
    }
}
