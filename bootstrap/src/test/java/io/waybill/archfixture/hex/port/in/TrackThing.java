package io.waybill.archfixture.hex.port.in;

public interface TrackThing {
    String track(String id);
}
