package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.FollowExceptions;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Followers of tenants' exceptions queues that a test may signal, each under the tenant it followed in. */
@Singleton
public class InMemoryExceptionFollowing implements FollowExceptions {

    private final Map<TenantId, Set<Runnable>> followers = new ConcurrentHashMap<>();

    /** Tells the tenant's followers that its queue changed; how many there were. */
    public int signal(TenantId tenant) {
        Set<Runnable> set = followers.getOrDefault(tenant, Set.of());
        set.forEach(Runnable::run);
        return set.size();
    }

    @Override
    public FollowTracking.Following follow(Runnable changed) {
        TenantId tenant = TenantScope.requireTenant();
        followers.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet()).add(changed);
        return () -> followers.getOrDefault(tenant, Set.of()).remove(changed);
    }
}
