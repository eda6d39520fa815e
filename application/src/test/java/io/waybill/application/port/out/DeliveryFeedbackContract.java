package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.out.DeliveryFeedback.Feedback;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryFeedback} store must do: one feedback per order, the first one wins and a second is
 * refused, not merged. Run against the in-memory fake and the PostgreSQL adapter. Extend it, return the stores from
 * {@link #feedback()} and {@link #orders()} (the orders rated must exist). Every order is fresh.
 */
public abstract class DeliveryFeedbackContract implements InDefaultTenant {

    protected abstract DeliveryFeedback feedback();

    /** Where the orders that are rated are stored. */
    protected abstract Orders orders();

    @Test
    void theFirstFeedbackOfAnOrderIsKeptAndASecondIsRefused() {
        OrderId order = storedOrder();
        Feedback first = new Feedback(order, 4, "on time, box a bit dented", T0.plus(Duration.ofDays(2)));

        assertThat(feedback().add(first)).isTrue();
        assertThat(feedback().add(new Feedback(order, 1, "changed my mind", T0.plus(Duration.ofDays(3))))).isFalse();

        assertThat(feedback().of(order)).contains(first);
    }

    @Test
    void anOrderWithoutFeedbackHasNoneAndACommentIsOptional() {
        OrderId rated = storedOrder();
        OrderId unrated = storedOrder();
        Feedback ratingOnly = new Feedback(rated, 5, null, T0.plus(Duration.ofDays(1)));

        feedback().add(ratingOnly);

        assertThat(feedback().of(rated)).contains(ratingOnly);
        assertThat(feedback().of(unrated)).isEmpty();
    }

    private OrderId storedOrder() {
        Order order = anOrder().confirmed();
        orders().save(List.of(order));
        return order.getId();
    }
}
