package io.waybill.application.shared;

import java.util.Objects;

/** A carrier a tracking number could belong to, with how sure its adapter is (0 to 1) and why. */
public record CarrierCandidate(String carrier, double confidence, String reason) {

    public CarrierCandidate {
        Objects.requireNonNull(carrier, "carrier");
    }
}
