package io.waybill.adapters.rest.pages;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.waybill.adapters.rest.pages.ConsoleSessions.Session;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.FollowOrder;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Live updates of an open order page in the console: an event {@code changed} (no data) whenever the order, one of its
 * shipments' estimates or risk, or what was sent about it changed, at most one per two seconds; the page then fetches
 * itself again (htmx) and swaps what it shows. Without a session, or for an order the session's tenant cannot see,
 * the stream ends at once. The exceptions queue's stream ({@link ConsoleExceptionsPage#live}) is built the same way.
 */
@TenantBound // a no-op here (no key identity): the stream enters the session's tenant itself
@Path("/console/orders/{id}/live")
public class ConsoleLive {

    private static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final ConsoleSessions sessions;
    private final FollowOrder follow;

    ConsoleLive(ConsoleSessions sessions, FollowOrder follow) {
        this.sessions = sessions;
        this.follow = follow;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("id") String id,
            @Context Sse sse) {
        OrderId order;
        try {
            order = OrderId.parse(id);
        } catch (InvalidValueException e) {
            return Multi.createFrom().empty();
        }
        return signals(sessions, cookie, sse, changed -> follow.follow(order, changed));
    }

    /**
     * The stream of a live console page: {@code changed} events, at most one per two seconds, and a comment every 20 s
     * (so proxies keep the connection and a closed one is noticed). It ends at once without a session, or when
     * {@code follow}, run in the session's tenant, finds nothing to follow.
     */
    static Multi<OutboundSseEvent> signals(ConsoleSessions sessions, String cookie, Sse sse,
            Function<Runnable, Optional<FollowTracking.Following>> follow) {
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            Optional<Session> session = sessions.current(cookie); // checks the key: a database read, on a worker thread
            if (session.isEmpty()) {
                emitter.complete();
                return;
            }
            Runnable changed = new Coalesced(MIN_INTERVAL_NANOS, 200,
                    () -> emitter.emit(sse.newEventBuilder().name("changed").data("").build()));
            Optional<FollowTracking.Following> following = TenantScope.of(session.get().principal().tenant(),
                    () -> follow.apply(changed));
            if (following.isEmpty()) {
                emitter.complete();
                return;
            }
            Cancellable keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).subscribe()
                    .with(tick -> emitter.emit(sse.newEventBuilder().comment("still here").build()));
            emitter.onTermination(() -> {
                keepAlive.cancel();
                following.get().close();
            });
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // reading the session and the order: not on the event loop
    }
}
