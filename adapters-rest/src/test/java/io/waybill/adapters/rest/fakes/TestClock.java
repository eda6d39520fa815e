package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.OrderTestData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the resources read (bootstrap produces the system clock): fixed, so answers can be asserted exactly. */
public class TestClock {

    /** The instant every request is received at. */
    public static final Clock CLOCK = OrderTestData.CLOCK;

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
