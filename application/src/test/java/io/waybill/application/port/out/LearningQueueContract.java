package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.out.LearningQueue.DeliveryToLearn;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LearningQueue} must do: hand each queued delivery out once, in delivery-time order, whatever order
 * it was queued in. Run against the in-memory fake and the PostgreSQL adapter; extend it and return the store from
 * {@link #queue()}.
 */
public abstract class LearningQueueContract implements InDefaultTenant {

    protected abstract LearningQueue queue();

    @Test
    void deliveriesToLearnAreHandedOutOnceInDeliveryTimeOrderWhateverOrderTheyWereQueuedIn() {
        // in 1985, so that no other test's deliveries are due before the cut-offs used here
        Instant day = Instant.parse("1985-01-01T10:00:00Z");
        DeliveryToLearn a = delivery(day.plus(Duration.ofDays(2)));
        DeliveryToLearn b = delivery(day);
        DeliveryToLearn c = delivery(day.plus(Duration.ofDays(1)));
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        queue().queue(List.of(a, b), now);
        queue().queue(List.of(c, a), now);

        assertThat(queue().claim(day.plus(Duration.ofHours(36)), 10, now)).containsExactly(b, c);
        assertThat(queue().claim(day.plus(Duration.ofHours(36)), 10, now)).as("handed out once").isEmpty();
        assertThat(queue().claim(day.plus(Duration.ofDays(3)), 10, now)).containsExactly(a);
        queue().queue(List.of(a), now);
        assertThat(queue().claim(day.plus(Duration.ofDays(3)), 10, now)).as("queued again: still learned")
                .isEmpty();
    }

    private static DeliveryToLearn delivery(Instant deliveredAt) {
        return new DeliveryToLearn(new ShipmentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()), deliveredAt);
    }
}
