package io.waybill.application.shared;

import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Criteria and results of the exceptions queue, shared by its use case and its store. */
public final class ExceptionQueue {

    public static final int MAX_PAGE_SIZE = 200;
    /** What the queue shows unless asked otherwise: what still needs someone. */
    public static final Set<ExceptionState> WAITING = EnumSet.of(ExceptionState.OPEN, ExceptionState.ACKNOWLEDGED);

    private ExceptionQueue() {
    }

    /**
     * One page of the items in any of {@code states} (open and acknowledged when empty) of any of {@code kinds} (every
     * kind when empty), the earliest deadline first.
     */
    public record Query(Set<ExceptionState> states, Set<ExceptionKind> kinds, int page, int size) {

        public Query {
            states = states == null || states.isEmpty() ? WAITING : Set.copyOf(states);
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            if (page < 0) {
                throw new InvalidValueException("page", "must be 0 or more (got " + page + ")");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidValueException("size", "must be 1 to " + MAX_PAGE_SIZE + " (got " + size + ")");
            }
        }

        /** The first page of what still needs someone. */
        public static Query waiting(int size) {
            return new Query(WAITING, Set.of(), 0, size);
        }
    }

    /** One page, with the count of all items that match. */
    public record Page(List<ExceptionItem> items, long total, int page, int size) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /** An item with its audit trail, oldest action first. */
    public record Detail(ExceptionItem item, List<ExceptionAction> actions) {

        public Detail {
            actions = List.copyOf(actions);
        }
    }
}
