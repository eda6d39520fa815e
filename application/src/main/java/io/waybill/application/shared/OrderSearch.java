package io.waybill.application.shared;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Criteria and results of an order search, shared by the search use case and the order store. */
public final class OrderSearch {

    private OrderSearch() {
    }

    public static final int MAX_PAGE_SIZE = 200;

    /** Criteria; null or empty criteria do not filter. Page numbers start at 0. */
    public record Query(Set<OrderStatus> statuses, Instant placedFrom, Instant placedTo, CarrierCode carrier, int page, int size) {

        public Query {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            if (page < 0) {
                throw new InvalidValueException("page", "must be 0 or more (got " + page + ")");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE + " (got " + size + ")");
            }
            if ((long) page * size > 1_000_000) {
                throw new InvalidValueException("page", "pages reach the first 1,000,000 results; narrow the search instead");
            }
            if (placedFrom != null && placedTo != null && placedFrom.isAfter(placedTo)) {
                throw new InvalidValueException("placedFrom", "is after placedTo");
            }
        }
    }

    public record Summary(OrderId id, String orderNumber, TrackingId trackingId, OrderStatus status, Instant placedAt,
            List<CarrierCode> carriers) {
    }

    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
