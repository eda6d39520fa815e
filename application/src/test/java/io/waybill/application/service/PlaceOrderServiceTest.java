package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.CLOCK;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.customer;
import static io.waybill.application.fakes.OrderTestData.address;
import static io.waybill.application.fakes.OrderTestData.placeCommand;
import static io.waybill.application.fakes.OrderTestData.uniqueOrderNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InterferingOrders;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;

class PlaceOrderServiceTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final PlaceOrderService service = new PlaceOrderService(orders, notifications, CLOCK);

    private TenantScope.Entered scope;

    @BeforeEach
    void scope() {
        scope = TenantScope.enter(TenantId.DEFAULT);
    }

    @AfterEach
    void leave() {
        scope.close();
    }

    @Test
    void placesAndStoresAnOrderAndAnnouncesIt() {
        PlaceOrder.Command command = placeCommand(uniqueOrderNumber());

        Order placed = service.place(command);

        Order stored = orders.byId(placed.getId()).orElseThrow();
        assertThat(stored.orderNumber()).isEqualTo(command.orderNumber());
        assertThat(stored.customer()).isEqualTo(command.customer());
        assertThat(stored.address()).isEqualTo(command.address());
        assertThat(stored.lines()).isEqualTo(command.lines());
        assertThat(stored.promise()).contains(command.promise());
        assertThat(stored.placedAt()).isEqualTo(T0);
        assertThat(stored.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(stored.trackingId()).as("issued on confirmation, not before").isEmpty();
        assertThat(stored.timeline()).extracting(i -> i.entry().event().milestone()).containsExactly(Milestone.PLACED);
        assertThat(notifications.published()).containsExactly(new OrderPlaced(placed.getId(), T0));
    }

    @Test
    void refusesAnOrderNumberUsedBeforeAndNamesTheOrderThatHasIt() {
        String number = uniqueOrderNumber();
        Order first = service.place(placeCommand(number));

        assertThatThrownBy(() -> service.place(placeCommand(number)))
                .isInstanceOfSatisfying(OrderNumberTakenException.class, e -> {
                    assertThat(e.existing()).isEqualTo(first.getId());
                    assertThat(e.getMessage()).isEqualTo("order number " + number + " is already taken by order " + first.getId());
                });

        assertThat(orders.count()).isEqualTo(1);
        assertThat(notifications.published()).hasSize(1);
    }

    @Test
    void refusesANumberTakenBetweenTheCheckAndTheSave() {
        String number = uniqueOrderNumber();
        Order winner = anOrder().number(number).placed();
        PlaceOrderService racing = new PlaceOrderService(
                new InterferingOrders(orders, 1, () -> orders.save(List.of(winner))), notifications, CLOCK);

        assertThatThrownBy(() -> racing.place(placeCommand(number)))
                .isInstanceOfSatisfying(OrderNumberTakenException.class, e -> assertThat(e.existing()).isEqualTo(winner.getId()));

        assertThat(orders.count()).isEqualTo(1);
        assertThat(notifications.published()).isEmpty();
    }

    @Test
    void refusesAnOrderWithoutLinesAndStoresNothing() {
        PlaceOrder.Command empty = new PlaceOrder.Command(uniqueOrderNumber(), customer(), address(), List.of(), null);

        assertThatThrownBy(() -> service.place(empty)).isInstanceOf(InvalidValueException.class)
                .hasMessage("lines: an order has 1 to 500 lines (got 0)");

        assertThat(orders.count()).isZero();
        assertThat(notifications.published()).isEmpty();
    }
}
