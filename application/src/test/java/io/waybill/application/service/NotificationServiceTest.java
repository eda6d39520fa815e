package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.OrderTestData;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static NotificationPreferences quiet(String from, String until) {
        return new NotificationPreferences("a@example.com", true, true, Locale.GERMAN, false, LocalTime.parse(from),
                LocalTime.parse(until), BERLIN);
    }

    @Test
    void smsWaitsForTheEndOfQuietHoursIncludingOvernightOnes() {
        Instant lateEvening = Instant.parse("2026-11-25T22:30:00Z"); // 23:30 in Berlin
        assertThat(NotificationService.afterQuietHours(quiet("22:00", "07:00"), lateEvening))
                .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
        Instant earlyMorning = Instant.parse("2026-11-26T04:00:00Z"); // 05:00 in Berlin
        assertThat(NotificationService.afterQuietHours(quiet("22:00", "07:00"), earlyMorning))
                .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
        Instant noon = Instant.parse("2026-11-26T11:00:00Z");
        assertThat(NotificationService.afterQuietHours(quiet("22:00", "07:00"), noon)).isEqualTo(noon);
        assertThat(NotificationService.afterQuietHours(quiet("12:00", "14:00"), noon)).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(NotificationService.afterQuietHours(NotificationPreferences.defaults("a@example.com"), lateEvening))
                .isEqualTo(lateEvening);
    }

    @Test
    void customersHearOfConfirmationShippingDeliveryExceptionsAndCancellationNotOfEveryStep() {
        Order order = anOrder().confirmed();
        ShipmentId first = pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        ShipmentId second = pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0);

        assertThat(NotificationService.customerKind(new OrderPlaced(order.getId(), T0), order)).isEmpty();
        assertThat(NotificationService.customerKind(new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0), order))
                .contains(Kind.ORDER_CONFIRMED);
        assertThat(NotificationService.customerKind(new OrderCancelled(order.getId(), "changed mind", T0), order))
                .contains(Kind.CANCELLED);
        assertThat(kind(order, first, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED)).contains(Kind.SHIPPED);
        assertThat(kind(order, first, ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT)).isEmpty();
        assertThat(kind(order, first, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY)).contains(Kind.OUT_FOR_DELIVERY);
        assertThat(kind(order, first, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_ATTEMPT_FAILED))
                .contains(Kind.EXCEPTION);
        assertThat(kind(order, first, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED)).contains(Kind.DELIVERED);

        OrderTestData.scan(order, first, Milestone.HANDED_OVER, T0.plusSeconds(3600));
        assertThat(kind(order, second, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED))
                .as("'shipped' is said once per order, for its first shipment").isEmpty();
    }

    private static Optional<Kind> kind(Order order, ShipmentId shipment, ShipmentStatus from, ShipmentStatus to) {
        return NotificationService.customerKind(new ShipmentStatusChanged(order.getId(), shipment, from, to), order);
    }
}
