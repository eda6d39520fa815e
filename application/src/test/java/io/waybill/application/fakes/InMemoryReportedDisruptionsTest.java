package io.waybill.application.fakes;

import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.port.out.ReportedDisruptionsContract;

/** The fake passes the same contract as the real store, so tests on the fake say something about production. */
class InMemoryReportedDisruptionsTest extends ReportedDisruptionsContract {

    private final InMemoryReportedDisruptions store = new InMemoryReportedDisruptions();

    @Override
    protected ReportedDisruptions disruptions() {
        return store;
    }
}
