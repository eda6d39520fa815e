package io.waybill.adapters.rest.devices;

import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryDeviceDesk;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A van's tracker, mounted once, tells about the parcels loaded onto the van: over HTTP, with its refusals. */
@QuarkusTest
class VehiclesResourceTest {

    @Inject
    InMemoryDeviceDesk desk;

    private final String device = "TRK-" + UUID.randomUUID().toString().substring(0, 8);
    private final String van = "/api/v1/vehicles/VAN-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aParcelLoadedOntoTheVanHasTheVansRouteWhileOnItAndTheRefusalsSayWhy() {
        integrator().body(Map.of("kind", "GPS_TRACKER")).put("/api/v1/devices/" + device).then().statusCode(201);
        Instant start = T0.minus(Duration.ofHours(3));
        Order order = anOrder().confirmed();
        ShipmentId parcel = pack(order, wholeOrderManifest(), start.minus(Duration.ofHours(1)));
        desk.add(order);
        problem(operator().get(van).then(), 404, van);

        integrator().body(Map.of("deviceId", device, "from", start.toString())).post(van + "/devices").then().statusCode(201)
                .body("deviceId", equalTo(device));
        integrator().body(Map.of("shipmentId", parcel.value(), "from", start.plus(Duration.ofHours(1)).toString())).post(van + "/loads")
                .then().statusCode(201).body("shipmentId", equalTo(parcel.toString()));
        List<Map<String, Object>> drive = new ArrayList<>();
        for (int minute = 0; minute < 180; minute += 10) {
            drive.add(Map.of("at", start.plus(Duration.ofMinutes(minute)).toString(), "latitude", 52.0, "longitude", 13.0 + minute * 0.01));
        }
        integrator().body(drive).post("/api/v1/devices/" + device + "/readings").then().statusCode(200).body("stored", equalTo(18));
        integrator().body(Map.of("shipmentId", parcel.value(), "at", start.plus(Duration.ofHours(2)).toString())).post(van + "/unloads")
                .then().statusCode(200).body("until", equalTo(start.plus(Duration.ofHours(2)).toString()));

        operator().get("/api/v1/shipments/" + parcel + "/trail").then().statusCode(200)
                .body("reported", equalTo(6)).body("last.longitude", equalTo(14.1f));
        operator().get(van).then().statusCode(200).body("devices", hasSize(1)).body("loads", hasSize(1));
        operator().get("/api/v1/devices/" + device).then().statusCode(200).body("bindings[0].vehicleId", equalTo(van.substring(17)));

        problem(integrator().body(Map.of("shipmentId", parcel.value(), "at", start.plus(Duration.ofHours(5)).toString()))
                .post(van + "/unloads").then(), 409, van + "/unloads");
        problem(integrator().body(Map.of("shipmentId", parcel.value(), "from", start.toString())).post("/api/v1/devices/" + device
                + "/bindings").then(), 409, "/api/v1/devices/" + device + "/bindings");
        invalidField(integrator().body(Map.of("shipmentId", parcel.value(), "from", "soon")).post(van + "/loads").then(), van + "/loads",
                "from");
        invalidField(integrator().body(Map.of("from", start.toString())).post(van + "/devices").then(), van + "/devices", "deviceId");
        invalidField(operator().get("/api/v1/vehicles/van 7").then(), "/api/v1/vehicles/van 7", "vehicleId");
    }
}
