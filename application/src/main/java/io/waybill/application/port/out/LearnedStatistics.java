package io.waybill.application.port.out;

import io.waybill.domain.eta.TransitStatistics;
import java.util.List;

/** The transit statistics the delay model has learned, kept so that the model survives restarts. */
public interface LearnedStatistics {

    /** Puts every stored cell and calibration into {@code into} (at start). */
    void loadInto(TransitStatistics into);

    /** Stores the cells learning changed, and the calibrations (few: one per carrier and stage). */
    void save(List<TransitStatistics.Touched> cells, List<TransitStatistics.Calibration> calibrations);
}
