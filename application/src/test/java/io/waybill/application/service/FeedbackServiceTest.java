package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryDeliveryFeedback;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.RecordFeedback.FeedbackLinkException;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackServiceTest {

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(2)));
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDeliveryFeedback store = new InMemoryDeliveryFeedback();
    private final FeedbackService service = new FeedbackService(store, orders,
            "a-secret-of-enough-length".getBytes(StandardCharsets.UTF_8), Duration.ofDays(30), clock);

    @Test
    void aLinkAdmitsItsOrderOnceUntilItExpires() {
        Order order = deliveredOrder();
        String token = service.token(order.getId());

        assertThat(service.invitation(token).orderNumber()).isEqualTo(order.orderNumber());
        assertThat(service.invitation(token).givenRating()).isEmpty();
        service.record(token, 5, "  quick and friendly  ");
        assertThat(store.stored().get(order.getId()).comment()).isEqualTo("quick and friendly");
        assertThat(service.invitation(token).givenRating()).contains(5);
        assertThatThrownBy(() -> service.record(token, 1, null)).isInstanceOf(IllegalTransitionException.class);

        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> service.invitation(token)).isInstanceOf(FeedbackLinkException.class)
                .satisfies(e -> assertThat(((FeedbackLinkException) e).expired()).isTrue());
    }

    @Test
    void forgedOrDamagedLinksAndBadRatingsAreRefused() {
        Order order = deliveredOrder();
        String token = service.token(order.getId());
        String otherOrder = service.token(OrderId.random());
        String forged = otherOrder.substring(0, otherOrder.indexOf('.')) + token.substring(token.indexOf('.'));

        for (String bad : List.of(forged, "nonsense", token + "x", "", token.replace('.', '-'))) {
            assertThatThrownBy(() -> service.invitation(bad)).as(bad).isInstanceOf(FeedbackLinkException.class)
                    .satisfies(e -> assertThat(((FeedbackLinkException) e).expired()).isFalse());
        }
        assertThatThrownBy(() -> service.record(token, 6, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.record(token, 0, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.record(token, 3, "x".repeat(2001))).isInstanceOf(InvalidValueException.class);
        assertThat(store.stored()).isEmpty();
    }

    @Test
    void onlyDeliveredOrdersCanBeRated() {
        Order order = anOrder().confirmed();
        orders.save(List.of(order));
        assertThatThrownBy(() -> service.record(service.token(order.getId()), 4, null)).isInstanceOf(IllegalTransitionException.class);
    }

    private Order deliveredOrder() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plusSeconds(600));
        scan(order, shipment, Milestone.HANDED_OVER, T0.plusSeconds(3600));
        scan(order, shipment, Milestone.DELIVERED, T0.plusSeconds(86400));
        orders.save(List.of(order));
        return order;
    }
}
