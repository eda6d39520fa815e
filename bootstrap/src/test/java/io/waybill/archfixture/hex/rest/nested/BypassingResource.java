package io.waybill.archfixture.hex.rest.nested;

import io.waybill.archfixture.hex.service.TrackThingService;

/** Violation: a primary adapter (in a sub-package) calling the service class instead of the port. */
public class BypassingResource {
    private final TrackThingService service = new TrackThingService();

    String get(String id) {
        return service.internals() + id;
    }
}
