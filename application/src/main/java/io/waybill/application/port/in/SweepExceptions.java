package io.waybill.application.port.in;

import io.waybill.domain.order.OrderId;
import java.util.List;

/**
 * The exceptions queue kept in step with the shipments, periodically: items opened for what needs a person now, open
 * items past their deadline taken up the escalation chain, and open items whose shipment recovered closed.
 */
public interface SweepExceptions {

    /** What one sweep did; {@code conditionBreached}: the orders it opened a condition breach for (their risk changes). */
    record Swept(int opened, int escalated, int closed, List<OrderId> conditionBreached) {

        public Swept {
            conditionBreached = conditionBreached == null ? List.of() : List.copyOf(conditionBreached);
        }

        public Swept(int opened, int escalated, int closed) {
            this(opened, escalated, closed, List.of());
        }
    }

    /** One sweep over every tenant's shipments, each item handled in its own tenant's scope. */
    Swept sweep();
}
