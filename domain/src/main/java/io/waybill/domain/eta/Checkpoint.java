package io.waybill.domain.eta;

import java.time.Instant;
import java.util.Objects;

/** A point of a shipment's journey the model learns from and predicts at: its stage, where, and when. */
public record Checkpoint(Stage stage, String region, Instant at) {

    public Checkpoint {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        region = region == null ? Lane.ANY : region;
    }
}
