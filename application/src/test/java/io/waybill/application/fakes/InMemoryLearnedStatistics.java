package io.waybill.application.fakes;

import io.waybill.application.port.out.LearnedStatistics;
import io.waybill.domain.eta.TransitStatistics;
import java.util.ArrayList;
import java.util.List;

/** Learned statistics in memory, for tests: every cell and calibration saved, in the order saved. Thread-safe. */
public class InMemoryLearnedStatistics implements LearnedStatistics {

    private final List<TransitStatistics.Touched> cells = new ArrayList<>();
    private final List<TransitStatistics.Calibration> calibrations = new ArrayList<>();

    @Override
    public synchronized void loadInto(TransitStatistics into) {
        cells.forEach(t -> into.restore(t.lane(), t.stage(), t.slot(), t.cell()));
        calibrations.forEach(into::restore);
    }

    @Override
    public synchronized void save(List<TransitStatistics.Touched> touched, List<TransitStatistics.Calibration> calibrated) {
        cells.addAll(touched);
        calibrations.addAll(calibrated);
    }

    /** Every cell learning changed, in the order saved (for assertions). */
    public synchronized List<TransitStatistics.Touched> learned() {
        return List.copyOf(cells);
    }
}
