package io.waybill.application.service;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.placeCommand;
import static io.waybill.application.fakes.OrderTestData.uniqueOrderNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryIdempotencyKeys;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPositions;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.port.in.IdempotencyKeyInUseException;
import io.waybill.application.port.in.IdempotencyKeyReusedException;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.PlaceOrderIdempotently.Placement;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotentPlacementTest implements InDefaultTenant {

    private static final TenantId SHOP = TenantId.DEFAULT;
    private static final String REQUEST = "1".repeat(64);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final PlaceOrderService placeOrder = new PlaceOrderService(orders, new RecordingNotifications(), clock);
    private final IdempotentPlacement service = new IdempotentPlacement(keys, placeOrder,
            new OrderQueries(orders, new InMemoryShipmentPredictions(),
            new InMemoryShipmentPositions(new InMemoryDevices(), new InMemoryDeviceReadings(Duration.ofDays(90)))), clock);

    @Test
    void theSameKeyWithTheSameRequestAnswersTheFirstOrderAgainWithinADay() {
        PlaceOrder.Command command = placeCommand(uniqueOrderNumber());
        IdempotencyKey key = new IdempotencyKey("order-7f3a");

        Placement first = service.place(SHOP, key, REQUEST, command);
        clock.advance(Duration.ofHours(23));
        Placement again = service.place(SHOP, key, REQUEST, command);

        assertThat(first.replayed()).isFalse();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.order().getId()).isEqualTo(first.order().getId());
        assertThat(orders.count()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndPlacesNothing() {
        IdempotencyKey key = new IdempotencyKey("order-8b21");
        service.place(SHOP, key, REQUEST, placeCommand(uniqueOrderNumber()));

        assertThatThrownBy(() -> service.place(SHOP, key, "2".repeat(64), placeCommand(uniqueOrderNumber())))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("order-8b21");
        assertThat(orders.count()).isEqualTo(1);
    }

    @Test
    void aKeyIsEachTenantsOwnAndADayOldKeyIsANewOne() {
        IdempotencyKey key = new IdempotencyKey("shared-name");
        service.place(SHOP, key, REQUEST, placeCommand(uniqueOrderNumber()));

        Placement otherShop = service.place(new TenantId("other-shop"), key, "2".repeat(64), placeCommand(uniqueOrderNumber()));
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        Placement nextDay = service.place(SHOP, key, "3".repeat(64), placeCommand(uniqueOrderNumber()));

        assertThat(otherShop.replayed()).isFalse();
        assertThat(nextDay.replayed()).isFalse();
        assertThat(orders.count()).isEqualTo(3);
    }

    @Test
    void aRefusedRequestGivesItsKeyUpSoThatTheCorrectedOneGoesThrough() {
        String taken = uniqueOrderNumber();
        placeOrder.place(placeCommand(taken));
        IdempotencyKey key = new IdempotencyKey("retry-me");

        assertThatThrownBy(() -> service.place(SHOP, key, REQUEST, placeCommand(taken))).isInstanceOf(OrderNumberTakenException.class);
        Placement corrected = service.place(SHOP, key, "2".repeat(64), placeCommand(uniqueOrderNumber()));

        assertThat(corrected.replayed()).isFalse();
        assertThat(orders.count()).isEqualTo(2);
    }

    @Test
    void whileTheFirstRequestIsUnderWayARepeatIsToldToWaitAndAnAbandonedClaimIsTakenOver() {
        IdempotencyKey key = new IdempotencyKey("in-flight");
        keys.claim(SHOP, key, REQUEST, T0, T0.minus(Duration.ofDays(1)), T0.minus(Duration.ofMinutes(1)));
        PlaceOrder.Command command = placeCommand(uniqueOrderNumber());

        assertThatThrownBy(() -> service.place(SHOP, key, REQUEST, command)).isInstanceOf(IdempotencyKeyInUseException.class);
        clock.advance(IdempotentPlacement.ABANDONED_AFTER.plusSeconds(1));
        Placement taken = service.place(SHOP, key, REQUEST, command);

        assertThat(taken.replayed()).isFalse();
        assertThat(orders.count()).isEqualTo(1);
    }
}
