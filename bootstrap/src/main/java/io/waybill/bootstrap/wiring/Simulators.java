package io.waybill.bootstrap.wiring;

import io.quarkus.vertx.http.HttpServer;
import io.waybill.adapters.carriers.push.PushingCarriers;
import io.waybill.adapters.carriers.simulated.SimulatedCarrier;
import io.waybill.adapters.warehouse.pull.PullingWarehouse;
import io.waybill.adapters.warehouse.simulated.SimulatedWarehouse;
import io.waybill.application.port.in.PollCarriers;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.port.out.Carriers;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.CarrierCode;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The warehouse and carrier adapters: the simulated WMS and carrier (on with the demo, or when switched on
 * with {@code waybill.warehouse.simulated.enabled} / {@code waybill.carrier.simulated.enabled}), which report
 * through the same inbound ports a real WMS or carrier reaches over HTTP; otherwise the pull/push adapters,
 * for systems that integrate through the REST API. The inbound ports are looked up lazily
 * because ingestion itself notifies the carrier port (a cycle CDI cannot build eagerly).
 */
public class Simulators {

    @Produces
    @Singleton
    @Typed(SimulatedWarehouse.class)
    SimulatedWarehouse simulatedWarehouse(Instance<RecordWarehouseEvents> ports, Clock clock,
            @ConfigProperty(name = "waybill.warehouse.simulated.carriers", defaultValue = "sim") String carriers,
            @ConfigProperty(name = "waybill.warehouse.simulated.speed-up", defaultValue = "120") double speedUp,
            @ConfigProperty(name = "waybill.simulation.seed", defaultValue = "20261125") long seed) {
        RecordWarehouseEvents lazy = events -> ports.get().record(events);
        return new SimulatedWarehouse(lazy, SimulatedWarehouse.demoInventory(), codes(carriers), SimulatedWarehouse.DEFAULT_ZONE,
                speedUp, seed, clock);
    }

    @Produces
    @Singleton
    Warehouse warehouse(Instance<SimulatedWarehouse> simulated,
            @ConfigProperty(name = "waybill.warehouse.simulated.enabled") boolean enabled,
            @ConfigProperty(name = "waybill.warehouse.simulated.skip") Optional<String> skip) {
        if (!enabled) {
            return new PullingWarehouse();
        }
        return skip.isEmpty() ? simulated.get() : new SplitWarehouse(simulated.get(), new PullingWarehouse(), Pattern.compile(skip.get()));
    }

    void closeWarehouse(@Disposes SimulatedWarehouse simulated) {
        simulated.close();
    }

    @Produces
    @Singleton
    @Typed(SimulatedCarrier.class)
    SimulatedCarrier simulatedCarrier(Clock clock, Instance<HttpServer> server, Config config,
            @ConfigProperty(name = "waybill.carrier.simulated.speed-up", defaultValue = "2000") double speedUp,
            @ConfigProperty(name = "waybill.simulation.seed", defaultValue = "20261125") long seed,
            @ConfigProperty(name = "waybill.carrier.simulated.stamps", defaultValue = "wall-clock") String stamps,
            @ConfigProperty(name = "waybill.carrier.simulated.delivery", defaultValue = "poll") String delivery) {
        SimulatedCarrier.Webhook webhook = null;
        String mode = delivery.strip().toLowerCase(Locale.ROOT);
        if (!List.of("poll", "push", "both").contains(mode)) {
            throw new IllegalStateException("waybill.carrier.simulated.delivery must be poll, push or both (got " + delivery + ")");
        }
        if (!mode.equals("poll")) {
            String secret = config.getOptionalValue("waybill.carriers.sim.secret", String.class).filter(v -> !v.isBlank())
                    .orElseThrow(() -> new IllegalStateException("the simulated carrier pushes (waybill.carrier.simulated.delivery="
                            + mode + "): set its webhook secret waybill.carriers.sim.secret"));
            webhook = new SignedWebhook(() -> server.get().getLocalBaseUri(), secret);
        }
        return new SimulatedCarrier(SimulatedCarrier.DEFAULT_CARRIERS, speedUp, seed, clock,
                !"simulated".equalsIgnoreCase(stamps.strip()), webhook,
                config.getOptionalValue("waybill.carrier.simulated.api.token", String.class).orElse(null));
    }

    /**
     * Booking with the carrier (the simulated one, or none for carriers that push on their own), then the polling
     * schedule for carriers that must be asked. The poller is looked up lazily: it records through ingestion,
     * which hands shipments over here.
     */
    @Produces
    @Singleton
    Carriers carriers(Instance<SimulatedCarrier> simulated, Instance<PollCarriers> poller,
            @ConfigProperty(name = "waybill.carrier.simulated.enabled") boolean enabled) {
        Carriers booking = enabled ? simulated.get() : new PushingCarriers();
        return (order, shipment, to) -> {
            booking.shipmentReady(order, shipment, to);
            poller.get().track(order, shipment);
        };
    }

    /**
     * External disruption signals: with the simulated carrier, its network's simulated weather service (storms forecast
     * 6-48 simulated hours ahead, the same storms that hold its parcels); else none yet (a real weather or carrier-alert
     * feed plugs in here as another {@link DisruptionSignals} adapter).
     */
    @Produces
    @Singleton
    @Named(DelayWatch.OUTSIDE_DISRUPTIONS)
    DisruptionSignals disruptionSignals(Instance<SimulatedCarrier> simulated,
            @ConfigProperty(name = "waybill.carrier.simulated.enabled") boolean enabled) {
        if (!enabled) {
            return DisruptionSignals.NONE;
        }
        SimulatedCarrier carrier = simulated.get();
        return carrier::weatherKnown;
    }

    void closeCarrier(@Disposes SimulatedCarrier simulated) {
        simulated.close();
    }

    private static List<CarrierCode> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(CarrierCode::new).toList();
    }
}
