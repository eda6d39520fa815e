package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryShipmentExceptions;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.service.ExceptionDesk;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The exceptions queue of the application (its real service) on the in-memory store, with items a test opens. */
@Singleton
public class InMemoryExceptionDesk implements WorkExceptions {

    private volatile InMemoryShipmentExceptions store = new InMemoryShipmentExceptions();
    private volatile ExceptionDesk desk = new ExceptionDesk(store, TestClock.CLOCK);

    public void reset() {
        store = new InMemoryShipmentExceptions();
        desk = new ExceptionDesk(store, TestClock.CLOCK);
    }

    /** Opens an item of {@code kind} in {@code tenant}, opened {@code ago} before the test clock's now, due 4 h after it opened. */
    public ExceptionItem open(TenantId tenant, ExceptionKind kind, String reason, Duration ago) {
        Instant opened = TestClock.CLOCK.instant().minus(ago);
        ExceptionItem.Change change = ExceptionItem.open(ExceptionId.random(), tenant, OrderId.random(),
                "SO-" + UUID.randomUUID().toString().substring(0, 6), new ShipmentId(UUID.randomUUID()), kind, reason, opened, opened,
                Duration.ofHours(4));
        TenantScope.run(tenant, () -> store.open(change));
        return change.item();
    }

    @Override
    public ExceptionQueue.Page list(ExceptionQueue.Query query) {
        return desk.list(query);
    }

    @Override
    public Optional<ExceptionQueue.Detail> get(ExceptionId id) {
        return desk.get(id);
    }

    @Override
    public ExceptionQueue.Detail act(Act act) {
        return desk.act(act);
    }
}
