package io.waybill.archfixture.hex.service;

import io.waybill.archfixture.hex.port.in.TrackThing;

public class TrackThingService implements TrackThing {
    @Override
    public String track(String id) {
        return id;
    }

    public String internals() {
        return "internals";
    }
}
