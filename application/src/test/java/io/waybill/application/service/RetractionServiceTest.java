package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.UPS_FEED;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.RecordingAuditTrail;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.port.in.RetractTrackingEvents.Retraction;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetractionServiceTest implements InDefaultTenant {

    private static final Instant DECLARED = T0.plus(Duration.ofHours(6));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final List<List<Order>> told = new ArrayList<>();
    private final RetractionService service = new RetractionService(orders, notifications, audit, told::add);

    @Test
    void aDeclaredStepIsTakenBackStoredAuditedAndItsStatusChangePublished() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId parcel = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)),
                T0.plus(Duration.ofMinutes(30)));
        scan(order, parcel, Milestone.HANDED_OVER, T0.plus(Duration.ofHours(2)));
        EventKey departing = scan(order, parcel, Milestone.IN_TRANSIT, T0.plus(Duration.ofHours(3))).key();
        orders.save(List.of(order));

        assertThat(service.retract(List.of(new Retraction(departing, DECLARED, "declared wrong")))).containsExactly(order.getId());

        Order stored = orders.byId(order.getId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(notifications.published(OrderStatusChanged.class))
                .containsExactly(new OrderStatusChanged(order.getId(), OrderStatus.IN_TRANSIT, OrderStatus.SHIPPED));
        assertThat(audit.changes()).containsExactly(new AuditTrail.Change("order.step-retracted", "order", order.getId().toString()));
        assertThat(told).hasSize(1);

        assertThat(service.retract(List.of(new Retraction(departing, DECLARED, "declared wrong")))).as("once only").isEmpty();
        assertThat(orders.byId(order.getId()).orElseThrow().version()).isEqualTo(stored.version());
        assertThat(audit.changes()).hasSize(1);
        assertThat(notifications.published(OrderStatusChanged.class)).hasSize(1);
    }

    @Test
    void aKeyNoOrderHoldsChangesNothing() {
        assertThat(service.retract(List.of(new Retraction(new EventKey(UPS_FEED, "never-sent"), DECLARED, "declared wrong"))))
                .isEmpty();
        assertThat(audit.changes()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void anotherTenantsStepIsNeverTakenBack() {
        TenantId other = new TenantId("other-shipper");
        Order theirs;
        EventKey theirScan;
        try (TenantScope.Entered entered = TenantScope.enter(other)) {
            theirs = anOrder().tenant(other).placedAt(T0).confirmed();
            ShipmentId parcel = pack(theirs, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)),
                    T0.plus(Duration.ofMinutes(30)));
            theirScan = scan(theirs, parcel, Milestone.HANDED_OVER, T0.plus(Duration.ofHours(2))).key();
            orders.save(List.of(theirs));
        }

        assertThat(service.retract(List.of(new Retraction(theirScan, DECLARED, "declared wrong")))).isEmpty();

        try (TenantScope.Entered entered = TenantScope.enter(other)) {
            assertThat(orders.byId(theirs.getId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        }
        assertThat(audit.changes()).isEmpty();
    }
}
