package io.waybill.application.service;

import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the carriers' own delivery estimates, the ETA's fallback while a lane has too few deliveries at the shipment's
 * time of the week to learn from, and forgets them once they are past their retention.
 */
public class CarrierEstimateService implements RecordCarrierEstimates {

    private final CarrierEstimates estimates;
    private final Clock clock;

    public CarrierEstimateService(CarrierEstimates estimates, Clock clock) {
        this.estimates = estimates;
        this.clock = clock;
    }

    /** Stores the latest report per carrier tracking number of the batch; older ones than those stored are ignored there. */
    @Override
    public void recordEstimates(List<CarrierEstimate> reported) {
        InvalidValueException.required(reported, "estimates");
        Map<Map.Entry<String, String>, CarrierEstimate> latest = new LinkedHashMap<>();
        for (CarrierEstimate estimate : reported) {
            InvalidValueException.required(estimate, "estimate");
            latest.merge(Map.entry(estimate.carrier().value(), estimate.number().value()), estimate,
                    (kept, next) -> kept.newerThan(next) ? kept : next);
        }
        if (!latest.isEmpty()) {
            estimates.save(List.copyOf(latest.values()));
        }
    }

    /**
     * Forgets up to {@code limit} carrier estimates last reported more than {@code retention} ago: their shipments are
     * long delivered (or never came), and a replay as of an instant that long ago goes without the carrier's estimate.
     * Returns how many it forgot.
     */
    public int forgetCarrierEstimates(Duration retention, int limit) {
        return estimates.forget(clock.instant().minus(retention), limit);
    }
}
