package io.waybill.application.shared;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Criteria and results of an order search, shared by the search use case and the order store. */
public final class OrderSearch {

    private OrderSearch() {
    }

    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Criteria; null or empty criteria do not filter, and {@code lookup} narrows them further (null: no lookup). Page
     * numbers start at 0.
     */
    public record Query(Set<OrderStatus> statuses, Instant placedFrom, Instant placedTo, CarrierCode carrier, int page, int size,
            Lookup lookup) {

        /** A search without lookup. */
        public Query(Set<OrderStatus> statuses, Instant placedFrom, Instant placedTo, CarrierCode carrier, int page, int size) {
            this(statuses, placedFrom, placedTo, carrier, page, size, Lookup.NONE);
        }

        public Query {
            lookup = lookup == null ? Lookup.NONE : lookup;
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

    /**
     * How an operator finds one order: by its order number, its tracking ID, the carrier tracking number of one of its
     * shipments, or its customer's e-mail address (ignoring case). Each set field must match; null fields do not filter.
     */
    public record Lookup(String orderNumber, TrackingId trackingId, CarrierTrackingNumber carrierTrackingNumber, String email) {

        public static final Lookup NONE = new Lookup(null, null, null, null);

        public Lookup {
            orderNumber = InvalidValueException.optionalText(orderNumber, "orderNumber", 64);
            email = InvalidValueException.optionalText(email, "email", 254);
            if (email != null) {
                email = email.toLowerCase(Locale.ROOT);
            }
        }

        public boolean isEmpty() {
            return orderNumber == null && trackingId == null && carrierTrackingNumber == null && email == null;
        }
    }

    public record Summary(OrderId id, String orderNumber, TrackingId trackingId, OrderStatus status, Instant placedAt,
            List<CarrierCode> carriers) {
    }

    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
