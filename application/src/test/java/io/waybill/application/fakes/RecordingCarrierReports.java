package io.waybill.application.fakes;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two inbound ports a carrier's reports are recorded through, as one journal: each call, in the order made, so a
 * test can tell which came first. Every event is accepted; estimates can be made to fail. Thread-safe.
 */
public class RecordingCarrierReports {

    /** One call: estimates recorded, or a batch of events. */
    public sealed interface Call {
    }

    public record Estimates(List<CarrierEstimate> estimates) implements Call {
    }

    public record Events(List<RecordTrackingEvents.Event> events) implements Call {
    }

    private final List<Call> calls = new ArrayList<>();
    private RuntimeException estimatesFailing;

    /** Estimates are refused with {@code failure} from now on (null: kept again). */
    public synchronized void failEstimatesWith(RuntimeException failure) {
        this.estimatesFailing = failure;
    }

    public RecordCarrierEstimates estimates() {
        return given -> {
            synchronized (this) {
                if (estimatesFailing != null) {
                    throw estimatesFailing;
                }
                calls.add(new Estimates(List.copyOf(given)));
            }
        };
    }

    public RecordTrackingEvents events() {
        return batch -> {
            synchronized (this) {
                calls.add(new Events(List.copyOf(batch)));
            }
            List<EventOutcome> outcomes = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(new EventOutcome(i, EventOutcome.Result.ACCEPTED, null, null));
            }
            return outcomes;
        };
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every estimate kept, in the order recorded. */
    public synchronized List<CarrierEstimate> recordedEstimates() {
        return calls.stream().filter(Estimates.class::isInstance).flatMap(c -> ((Estimates) c).estimates().stream()).toList();
    }

    /** Every event recorded, in the order recorded. */
    public synchronized List<RecordTrackingEvents.Event> recordedEvents() {
        return calls.stream().filter(Events.class::isInstance).flatMap(c -> ((Events) c).events().stream()).toList();
    }
}
