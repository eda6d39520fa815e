package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.CLOCK;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InterferingOrders;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.fakes.RecordingWarehouse;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmOrderServiceTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingWarehouse warehouse = new RecordingWarehouse();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final ConfirmOrderService service = new ConfirmOrderService(orders, warehouse, notifications, CLOCK);

    @Test
    void issuesATrackingIdAndAsksTheWarehouseToFulfilTheOrder() {
        Order order = stored(anOrder().placed());

        Order confirmed = service.confirm(new ConfirmOrder.Command(order.getId(), "pay_123"));

        TrackingId trackingId = confirmed.trackingId().orElseThrow();
        Order stored = orders.byTrackingId(trackingId).orElseThrow();
        assertThat(stored.getId()).isEqualTo(order.getId());
        assertThat(stored.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(stored.timeline().getLast().entry().event().occurredInstant()).isEqualTo(T0);
        assertThat(warehouse.requested()).containsExactly(order.getId());
        assertThat(notifications.published(OrderConfirmed.class)).containsExactly(new OrderConfirmed(order.getId(), trackingId, T0));
    }

    @Test
    void confirmingAgainIsHarmlessAndKeepsTheTrackingId() {
        Order order = stored(anOrder().placed());
        TrackingId first = service.confirm(new ConfirmOrder.Command(order.getId(), "pay_123")).trackingId().orElseThrow();

        Order again = service.confirm(new ConfirmOrder.Command(order.getId(), "pay_123"));

        assertThat(again.trackingId()).contains(first);
        assertThat(warehouse.requested()).as("asked once").containsExactly(order.getId());
        assertThat(notifications.published(OrderConfirmed.class)).hasSize(1);
        assertThat(orders.byId(order.getId()).orElseThrow().timeline())
                .filteredOn(i -> i.entry().event().milestone() == Milestone.CONFIRMED).hasSize(1);
    }

    @Test
    void refusesToConfirmACancelledOrder() {
        Order order = anOrder().placed();
        order.cancel("customer changed their mind", T0);
        stored(order);

        assertThatThrownBy(() -> service.confirm(new ConfirmOrder.Command(order.getId(), "pay_123")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Illegal transition CANCELLED -> CONFIRMED: the order was cancelled");

        Order stored = orders.byId(order.getId()).orElseThrow();
        assertThat(stored.trackingId()).isEmpty();
        assertThat(stored.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(warehouse.requested()).isEmpty();
        assertThat(notifications.published()).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        OrderId unknown = OrderId.random();

        assertThatThrownBy(() -> service.confirm(new ConfirmOrder.Command(unknown, null)))
                .isInstanceOf(OrderNotFoundException.class).hasMessage("no order with id " + unknown);
        assertThat(warehouse.requested()).isEmpty();
    }

    /** Payment providers retry: two confirmations racing end with one tracking ID and one fulfilment request. */
    @Test
    void aConfirmationThatLostTheRaceKeepsTheWinnersTrackingId() {
        Order order = stored(anOrder().placed());
        TrackingId winners = TrackingId.generate();
        ConfirmOrderService racing = new ConfirmOrderService(new InterferingOrders(orders, 1, () -> {
            Order other = orders.byId(order.getId()).orElseThrow();
            other.confirm(winners, T0);
            orders.save(List.of(other));
        }), warehouse, notifications, CLOCK);

        Order confirmed = racing.confirm(new ConfirmOrder.Command(order.getId(), "pay_123"));

        assertThat(confirmed.trackingId()).contains(winners);
        assertThat(orders.byId(order.getId()).orElseThrow().trackingId()).contains(winners);
        assertThat(warehouse.requested()).as("the winner asks the warehouse, not the loser").isEmpty();
    }

    private Order stored(Order order) {
        orders.save(List.of(order));
        return order;
    }
}
