package io.waybill.application.shared;

import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Criteria and results of the operators' at-risk list, shared by the delay-watch use case and the prediction store. */
public final class AtRiskSearch {

    private AtRiskSearch() {
    }

    public static final int MAX_PAGE_SIZE = 500;

    /** The order of the list; each ends on the shipment id, so pages never overlap. */
    public enum Sort {
        /** Least lead time (hours between first detection and the promise) first: the most urgent on top. The default. */
        LEAD_TIME("leadTime"),
        /** Most lead time first. */
        LEAD_TIME_DESCENDING("-leadTime"),
        /** Earliest promised delivery (its latest end) first. */
        PROMISE("promise"),
        /** Longest known risk first. */
        FIRST_DETECTED("firstDetected"),
        /** Newest risk first. */
        FIRST_DETECTED_DESCENDING("-firstDetected"),
        /** Earliest expected delivery (P50) first. */
        ETA("eta");

        private final String wireName;

        Sort(String wireName) {
            this.wireName = wireName;
        }

        /** The name on the wire ({@code leadTime}, {@code -leadTime}, …). */
        public String wireName() {
            return wireName;
        }

        /** The sort named {@code text} (case does not matter); blank gives the default. */
        public static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return LEAD_TIME;
            }
            return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(text.strip())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("sort", InvalidValueException.quote(text) + " is not one of " + Arrays.stream(values())
                            .map(Sort::wireName).collect(Collectors.joining(", "))));
        }
    }

    /** The risk levels the list can start at. */
    public static final List<DelayRisk.Level> LEVELS = List.of(DelayRisk.Level.LOW, DelayRisk.Level.MEDIUM, DelayRisk.Level.HIGH);

    /** The level named {@code text} (case does not matter): one of {@link #LEVELS}; blank gives MEDIUM. */
    public static DelayRisk.Level level(String text) {
        if (text == null || text.isBlank()) {
            return DelayRisk.Level.MEDIUM;
        }
        return LEVELS.stream().filter(l -> l.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("level", InvalidValueException.quote(text) + " is not one of " + LEVELS));
    }

    /** The shipment status named {@code text} (case does not matter); blank gives null (any status). */
    public static ShipmentStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ShipmentStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", InvalidValueException.quote(text) + " is not one of " + Arrays.toString(ShipmentStatus.values()));
        }
    }

    /**
     * Criteria: shipments at {@code minimumLevel} or above; {@code carrier}, {@code service}, {@code status} and
     * {@code promisedBefore} (the promise's latest end strictly before it) filter when set. Page numbers start at 0.
     */
    public record Query(DelayRisk.Level minimumLevel, CarrierCode carrier, ServiceLevel service, ShipmentStatus status,
            Instant promisedBefore, Sort sort, int page, int size) {

        public Query {
            minimumLevel = minimumLevel == null ? DelayRisk.Level.MEDIUM : minimumLevel;
            if (!LEVELS.contains(minimumLevel)) {
                throw new InvalidValueException("level", InvalidValueException.quote(minimumLevel) + " is not one of " + LEVELS);
            }
            sort = sort == null ? Sort.LEAD_TIME : sort;
            if (page < 0) {
                throw new InvalidValueException("page", "must be 0 or more (got " + page + ")");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE + " (got " + size + ")");
            }
            if ((long) page * size > 1_000_000) {
                throw new InvalidValueException("page", "pages reach the first 1,000,000 results; filter the list instead");
            }
        }

        /** Where the page starts in the whole list. */
        public int offset() {
            return page * size;
        }
    }

    /** One page of the list and how many shipments the whole list has. */
    public record Page(List<ShipmentPrediction> items, int page, int size, long total) {

        public Page {
            items = List.copyOf(items);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
