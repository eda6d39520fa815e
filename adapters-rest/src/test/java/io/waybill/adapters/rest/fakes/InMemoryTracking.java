package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Public tracking views a test puts in place, by tracking ID. */
@Singleton
public class InMemoryTracking implements TrackOrder {

    private final Map<TrackingId, View> views = new ConcurrentHashMap<>();

    public void reset() {
        views.clear();
    }

    public void add(View view) {
        views.put(view.trackingId(), view);
    }

    @Override
    public Optional<View> track(TrackingId trackingId) {
        return Optional.ofNullable(views.get(trackingId));
    }
}
