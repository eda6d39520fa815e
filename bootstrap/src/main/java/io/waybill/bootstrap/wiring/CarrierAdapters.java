package io.waybill.bootstrap.wiring;

import io.waybill.adapters.carriers.dhl.DhlCarrier;
import io.waybill.adapters.carriers.fedex.FedexCarrier;
import io.waybill.adapters.carriers.simulated.SimulatedCarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.domain.order.CarrierCode;
import io.waybill.adapters.carriers.ups.UpsCarrier;
import io.waybill.adapters.carriers.usps.UspsCarrier;
import io.waybill.adapters.carriers.x12.X12StatusMessages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The carrier adapters Waybill ships; a new carrier is one more producer here and a package of its own. */
public class CarrierAdapters {

    @Produces
    @Singleton
    @Named("ups")
    CarrierAdapter ups(Clock clock) {
        return new UpsCarrier(clock);
    }

    @Produces
    @Singleton
    @Named("fedex")
    CarrierAdapter fedex(Clock clock) {
        return new FedexCarrier(clock);
    }

    @Produces
    @Singleton
    @Named("usps")
    CarrierAdapter usps(Clock clock) {
        return new UspsCarrier(clock);
    }

    @Produces
    @Singleton
    @Named("dhl")
    CarrierAdapter dhl(Clock clock) {
        return new DhlCarrier(clock);
    }

    /** Waybill's side of the simulated carrier: it reads the simulator's API and webhooks like any carrier's. */
    @Produces
    @Singleton
    @Named("sim")
    CarrierAdapter simulated(Clock clock) {
        return new SimulatedCarrierAdapter(new CarrierCode("sim"), clock);
    }

    @Produces
    @Singleton
    @Named("x12")
    CarrierAdapter x12(Clock clock) {
        return new X12StatusMessages(clock);
    }
}
