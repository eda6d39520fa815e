package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.CLOCK;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InterferingOrders;
import io.waybill.application.fakes.RecordingAuditTrail;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.fakes.RecordingWarehouse;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.tracking.Milestone;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancelOrderServiceTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingWarehouse warehouse = new RecordingWarehouse();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final CancelOrderService service = new CancelOrderService(orders, warehouse, notifications, CLOCK, audit);

    @Test
    void cancelsAnOrderNotYetWithACarrierAndTellsTheWarehouse() {
        Order order = anOrder().placedAt(T0.minusSeconds(3600)).confirmed();
        pack(order, wholeOrderManifest(), T0.minusSeconds(600));
        stored(order);

        service.cancel(new CancelOrder.Command(order.getId(), "customer changed their mind"));

        Order stored = orders.byId(order.getId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored.statusReason()).isEqualTo("customer changed their mind");
        assertThat(warehouse.cancelled()).containsExactly(order.getId());
        assertThat(notifications.published(OrderCancelled.class))
                .containsExactly(new OrderCancelled(order.getId(), "customer changed their mind", T0));
    }

    @Test
    void cancellingTwiceChangesNothingTheSecondTime() {
        Order order = stored(anOrder().confirmed());
        service.cancel(new CancelOrder.Command(order.getId(), "first"));

        service.cancel(new CancelOrder.Command(order.getId(), "second"));

        assertThat(orders.byId(order.getId()).orElseThrow().statusReason()).isEqualTo("first");
        assertThat(warehouse.cancelled()).containsExactly(order.getId());
        assertThat(notifications.published(OrderCancelled.class)).hasSize(1);
    }

    @Test
    void aCancellationIsAuditedOnceByOrderIdWithoutItsReason() {
        Order order = stored(anOrder().confirmed());

        service.cancel(new CancelOrder.Command(order.getId(), "Jane Doe moved to 12 Analytical Way"));
        service.cancel(new CancelOrder.Command(order.getId(), "again"));

        assertThat(audit.changes()).containsExactly(new AuditTrail.Change("order.cancelled", "order", order.getId().toString()));
    }

    @Test
    void refusesOnceTheOrderIsHandedToACarrier() {
        Order order = anOrder().placedAt(T0.minusSeconds(7200)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.minusSeconds(3600));
        scan(order, shipment, Milestone.HANDED_OVER, T0.minusSeconds(1800));
        stored(order);

        assertThatThrownBy(() -> service.cancel(new CancelOrder.Command(order.getId(), "too late")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Illegal transition SHIPPED -> CANCELLED: an order can only be cancelled before it is handed to a carrier");

        assertThat(orders.byId(order.getId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(warehouse.cancelled()).isEmpty();
        assertThat(notifications.published()).isEmpty();
        assertThat(audit.changes()).as("a refused change is not audited").isEmpty();
    }

    @Test
    void aHandOverThatWinsTheRaceMakesTheCancellationRefused() {
        Order order = anOrder().placedAt(T0.minusSeconds(7200)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.minusSeconds(3600));
        stored(order);
        CancelOrderService racing = new CancelOrderService(new InterferingOrders(orders, 1, () -> {
            Order other = orders.byId(order.getId()).orElseThrow();
            scan(other, shipment, Milestone.HANDED_OVER, T0.minusSeconds(60));
            orders.save(List.of(other));
        }), warehouse, notifications, CLOCK);

        assertThatThrownBy(() -> racing.cancel(new CancelOrder.Command(order.getId(), "too late")))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(orders.byId(order.getId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(warehouse.cancelled()).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        OrderId unknown = OrderId.random();

        assertThatThrownBy(() -> service.cancel(new CancelOrder.Command(unknown, "why not")))
                .isInstanceOf(OrderNotFoundException.class).hasMessage("no order with id " + unknown);
        assertThat(warehouse.cancelled()).isEmpty();
    }

    private Order stored(Order order) {
        orders.save(List.of(order));
        return order;
    }
}
