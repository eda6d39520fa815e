package io.waybill.application.shared;

import io.waybill.domain.tenant.TenantId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whose data the work on this thread may touch: one tenant's (a request made with its key, or work done for one of its
 * orders), or every tenant's (the platform's own background sweeps and the public look-ups by a global id, which then
 * act in the tenant of what they found). Outside any scope nothing is visible: the stores refuse tenant data and the
 * database's row-level security shows no rows, so a forgotten scope fails closed.
 *
 * <p>The scope is set by the inbound adapters (the REST layer from the caller's key) and by the services that start
 * platform work; stores read it. Nested scopes restore the outer one when they close.
 */
public final class TenantScope {

    private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();
    private static final TenantScope PLATFORM = new TenantScope(null);

    private final TenantId tenant;

    private TenantScope(TenantId tenant) {
        this.tenant = tenant;
    }

    /** An entered scope; closing it restores the scope that was current before. */
    public static final class Entered implements AutoCloseable {
        private final TenantScope previous;

        private Entered(TenantScope previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Work that may throw a checked exception, run in a scope. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Enters {@code tenant}'s scope until the returned handle is closed. */
    public static Entered enter(TenantId tenant) {
        if (tenant == null) {
            throw new IllegalArgumentException("a tenant scope needs a tenant");
        }
        return enter(new TenantScope(tenant));
    }

    /** Enters the platform's scope (every tenant's data) until the returned handle is closed. */
    public static Entered enterPlatform() {
        return enter(PLATFORM);
    }

    /** {@code work}, to be run on another thread in the scope current here (outside any scope stays outside). */
    public static <T> Supplier<T> carried(Supplier<T> work) {
        TenantScope scope = CURRENT.get();
        return () -> {
            try (Entered ignored = enter(scope)) {
                return work.get();
            }
        };
    }

    /** {@code work}, to be run on another thread in the scope current here (outside any scope stays outside). */
    public static Runnable carried(Runnable work) {
        TenantScope scope = CURRENT.get();
        return () -> {
            try (Entered ignored = enter(scope)) {
                work.run();
            }
        };
    }

    private static Entered enter(TenantScope scope) {
        Entered entered = new Entered(CURRENT.get());
        CURRENT.set(scope);
        return entered;
    }

    public static <T, E extends Exception> T call(TenantId tenant, Work<T, E> work) throws E {
        try (Entered ignored = enter(tenant)) {
            return work.run();
        }
    }

    public static <T> T of(TenantId tenant, Supplier<T> work) {
        try (Entered ignored = enter(tenant)) {
            return work.get();
        }
    }

    public static void run(TenantId tenant, Runnable work) {
        try (Entered ignored = enter(tenant)) {
            work.run();
        }
    }

    public static <T> T platform(Supplier<T> work) {
        try (Entered ignored = enterPlatform()) {
            return work.get();
        }
    }

    public static void platform(Runnable work) {
        try (Entered ignored = enterPlatform()) {
            work.run();
        }
    }

    /** Whether the current work may see every tenant's data. */
    public static boolean isPlatform() {
        return CURRENT.get() == PLATFORM;
    }

    /** The tenant the current work is scoped to; empty in the platform's scope and outside any scope. */
    public static Optional<TenantId> tenant() {
        TenantScope scope = CURRENT.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.tenant);
    }

    /** The tenant the current work is scoped to; fails outside a tenant's scope (a bug: the caller forgot it). */
    public static TenantId requireTenant() {
        return tenant().orElseThrow(() -> new IllegalStateException(
                isPlatform() ? "this needs one tenant's scope, not the platform's" : "no tenant scope: work on tenant data must run in one"));
    }

    /** Whether data of {@code owner} may be seen by the current work: in its tenant's scope or the platform's. */
    public static boolean sees(TenantId owner) {
        TenantScope scope = CURRENT.get();
        return scope != null && (scope == PLATFORM || scope.tenant.equals(owner));
    }
}
