package io.waybill.application.port.in;

import io.waybill.domain.order.OrderStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import io.waybill.application.shared.OrderSearch.Page;
import io.waybill.application.shared.OrderSearch.Query;

/** Finds orders by status, placement date range and carrier, a page at a time, newest first. */
public interface SearchOrders {

    Page search(Query query);

    /** How many orders have each of {@code statuses} (all of them, of any date); a status none has counts 0. */
    default Map<OrderStatus, Long> countByStatus(Set<OrderStatus> statuses) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : statuses) {
            counts.put(status, search(new Query(Set.of(status), null, null, null, 0, 1)).total());
        }
        return counts;
    }
}
