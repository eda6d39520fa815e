package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.shared.CarrierEstimate;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the carrier estimates handed over. No resource of this module uses the port yet; the carrier push resource,
 * on its way here from adapters-carriers, does, and the shared test boot must then find every port it injects.
 */
@Singleton
public class RecordingCarrierEstimates implements RecordCarrierEstimates {

    private final List<CarrierEstimate> recorded = new CopyOnWriteArrayList<>();

    public void reset() {
        recorded.clear();
    }

    public List<CarrierEstimate> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public void recordEstimates(List<CarrierEstimate> estimates) {
        recorded.addAll(estimates);
    }
}
