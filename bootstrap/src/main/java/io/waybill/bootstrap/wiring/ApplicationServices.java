package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.port.out.CarrierNumbers;
import io.waybill.application.service.CarrierNumberService;
import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.FollowExceptions;
import io.waybill.application.port.in.FollowOrder;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.PlaceOrderIdempotently;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.port.in.RetractTrackingEvents;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Carriers;
import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.ExceptionChanges;
import io.waybill.application.port.out.OrderChanges;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.port.out.Warehouse;
import io.waybill.application.service.CancelOrderService;
import io.waybill.application.service.ConfirmOrderService;
import io.waybill.application.service.ContendedWrites;
import io.waybill.application.service.EventIngestionService;
import io.waybill.application.service.IdempotentPlacement;
import io.waybill.application.service.OrderQueries;
import io.waybill.application.service.PlaceOrderService;
import io.waybill.application.service.RetractionService;
import io.waybill.application.service.TrackingFollowers;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the framework-free application services and exposes each use case as its inbound port.
 * Services are {@code @Singleton}: they are immutable and need no client proxy.
 */
public class ApplicationServices {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Notifications notifications(MeterRegistry registry, Instance<NotificationWorker> worker) {
        return new DomainEventLog(registry, () -> worker.get().wake());
    }

    @Produces
    @Singleton
    PlaceOrder placeOrder(Orders orders, Notifications notifications, Clock clock) {
        return new PlaceOrderService(orders, notifications, clock);
    }

    /** Placing under an Idempotency-Key: a repeat answers the first answer again, never a second order. */
    @Produces
    @Singleton
    PlaceOrderIdempotently placeOrderIdempotently(IdempotencyKeys keys, PlaceOrder placeOrder, GetOrder orders, Clock clock) {
        return new IdempotentPlacement(keys, placeOrder, orders, clock);
    }

    @Produces
    ConfirmOrder confirmOrder(ContendedWrites writes) {
        return writes;
    }

    @Produces
    CancelOrder cancelOrder(ContendedWrites writes) {
        return writes;
    }

    @Produces
    @Singleton
    @Typed(EventIngestionService.class)
    EventIngestionService eventIngestion(Orders orders, Shipments shipments, Carriers carriers, Notifications notifications,
            DelayWatch delays) {
        return new EventIngestionService(orders, shipments, carriers, notifications, delays::changed);
    }

    @Produces
    @Singleton
    RetractTrackingEvents retractions(Orders orders, Notifications notifications, AuditTrail audit, DelayWatch delays) {
        return new RetractionService(orders, notifications, audit, delays::changed);
    }

    /**
     * Every write that can race for an order goes through here: its writers take turns and its conflicts are retried
     * in the server (waybill.writes.*), so that clients rarely see a 409.
     */
    @Produces
    @Singleton
    @Typed(ContendedWrites.class)
    ContendedWrites contendedWrites(EventIngestionService ingestion, Orders orders, Warehouse warehouse,
            Notifications notifications, Clock clock, AuditTrail audit,
            @ConfigProperty(name = "waybill.writes.turns", defaultValue = "true") boolean turns,
            @ConfigProperty(name = "waybill.writes.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "waybill.writes.backoff", defaultValue = "PT0.02S") Duration backoff) {
        return new ContendedWrites(ingestion, ingestion, new ConfirmOrderService(orders, warehouse, notifications, clock),
                new CancelOrderService(orders, warehouse, notifications, clock, audit), new ContendedWrites.Policy(turns, attempts, backoff));
    }

    @Produces
    RecordWarehouseEvents recordWarehouseEvents(ContendedWrites writes) {
        return writes;
    }

    @Produces
    RecordTrackingEvents recordTrackingEvents(ContendedWrites writes) {
        return writes;
    }

    @Produces
    @Singleton
    @Typed(OrderQueries.class)
    OrderQueries orderQueries(Orders orders, ShipmentPredictions predictions, ShipmentPositions positions) {
        return new OrderQueries(orders, predictions, positions);
    }

    @Produces
    @Singleton
    @Typed(TrackingFollowers.class)
    TrackingFollowers followers(Orders orders, OrderChanges changes, ExceptionChanges exceptionChanges) {
        return new TrackingFollowers(orders, changes, exceptionChanges);
    }

    @Produces
    FollowExceptions followExceptions(TrackingFollowers followers) {
        return followers;
    }

    @Produces
    FollowTracking followTracking(TrackingFollowers followers) {
        return followers;
    }

    @Produces
    FollowOrder followOrder(TrackingFollowers followers) {
        return followers;
    }

    @Produces
    GetOrder getOrder(OrderQueries queries) {
        return queries;
    }

    @Produces
    SearchOrders searchOrders(OrderQueries queries) {
        return queries;
    }

    @Produces
    @Singleton
    RecogniseCarrierNumbers recogniseCarrierNumbers(CarrierNumbers numbers) {
        return new CarrierNumberService(numbers);
    }

    @Produces
    TrackOrder trackOrder(OrderQueries queries) {
        return queries;
    }
}
