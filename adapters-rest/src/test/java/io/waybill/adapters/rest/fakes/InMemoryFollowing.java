package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.FollowTracking;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Followers of tracking views the test knows ({@link InMemoryTracking}); {@link #changed} tells them as a change would. */
@Singleton
public class InMemoryFollowing implements FollowTracking {

    private final InMemoryTracking tracking;
    private final Map<TrackingId, Set<Runnable>> followers = new ConcurrentHashMap<>();

    InMemoryFollowing(InMemoryTracking tracking) {
        this.tracking = tracking;
    }

    public void changed(TrackingId id) {
        followers.getOrDefault(id, Set.of()).forEach(r -> Thread.ofVirtual().start(r));
    }

    public int following(TrackingId id) {
        return followers.getOrDefault(id, Set.of()).size();
    }

    @Override
    public Optional<Following> follow(TrackingId trackingId, Runnable changed) {
        if (tracking.track(trackingId).isEmpty()) {
            return Optional.empty();
        }
        followers.computeIfAbsent(trackingId, id -> ConcurrentHashMap.newKeySet()).add(changed);
        return Optional.of(() -> followers.getOrDefault(trackingId, Set.of()).remove(changed));
    }
}
