package io.waybill.adapters.rest.devices;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.rest.fakes.InMemoryDeviceDesk;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Devices registered, bound and heard over HTTP: the API's batches, the OsmAnd protocol, a shipment's trail. */
@QuarkusTest
class DevicesResourceTest {

    @Inject
    InMemoryDeviceDesk desk;

    private final String id = "TRK-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDeviceIsRegisteredThenChangedAndItsKindMustBeOneWaybillKnows() {
        integrator().body(Map.of("kind", "GPS_TRACKER", "label", "Van 7")).put(path()).then().statusCode(201)
                .body("id", equalTo(id)).body("kind", equalTo("GPS_TRACKER")).body("label", equalTo("Van 7"))
                .body("bindings", hasSize(0)).body("lastPosition", nullValue());
        operator().body(Map.of("kind", "DATA_LOGGER")).put(path()).then().statusCode(200).body("kind", equalTo("DATA_LOGGER"));
        invalidField(integrator().body(Map.of("kind", "SPACESHIP")).put(path()).then(), path(), "kind");
        invalidField(integrator().body(Map.of("kind", "GPS_TRACKER")).put("/api/v1/devices/van 7").then(), "/api/v1/devices/van 7",
                "deviceId");
        unauthorized(anonymous().get(path()).then(), path());
        problem(integrator().get("/api/v1/devices/NEVER-SEEN").then(), 404, "/api/v1/devices/NEVER-SEEN");
    }

    @Test
    void readingsComeInBatchesAreStoredOnceAndABadOneRefusesItsBatchNamingIt() {
        register();
        List<Map<String, Object>> batch = List.of(
                Map.of("at", "2026-11-02T07:00:00Z", "latitude", 52.52, "longitude", 13.40, "speedKmh", 42.0, "battery", 80.0),
                Map.of("at", "2026-11-02T07:01:00Z", "temperature", 5.5, "humidity", 60.0));
        integrator().body(batch).post(path() + "/readings").then().statusCode(200).body("stored", equalTo(2))
                .body("duplicates", equalTo(0));
        integrator().body(batch).post(path() + "/readings").then().statusCode(200).body("stored", equalTo(0))
                .body("duplicates", equalTo(2));
        integrator().get(path()).then().statusCode(200).body("lastPosition.latitude", equalTo(52.52f))
                .body("lastPosition.at", equalTo("2026-11-02T07:00:00Z"));

        invalidField(integrator().body(List.of(Map.of("at", "2026-11-02T07:02:00Z", "latitude", 52.5))).post(path() + "/readings")
                .then(), path() + "/readings", "readings[0]");
        invalidField(integrator().body(List.of(Map.of("at", "2026-11-02T07:03:00Z", "humidity", 140.0)))
                .post(path() + "/readings").then(), path() + "/readings", "readings[0].humidity");
        invalidField(integrator().body(List.of(Map.of("at", "2026-11-02T07:04:00Z", "temperature", 4.0),
                Map.of("at", "2026-11-03T09:00:00Z", "temperature", 4.0))).post(path() + "/readings").then(), path() + "/readings", "at");
        invalidField(integrator().body(List.of()).post(path() + "/readings").then(), path() + "/readings", "body");
        assertThat(desk.stored(new DeviceId(id))).as("nothing of the refused batches").hasSize(2);
        problem(integrator().body(batch).post("/api/v1/devices/NOT-REGISTERED/readings").then(), 404,
                "/api/v1/devices/NOT-REGISTERED/readings");
    }

    @Test
    void aTrackerAppSpeakingOsmAndIsHeardAsQueryFormOrJsonWithoutAKey() {
        register();
        given().queryParam("id", id).queryParam("lat", "52.5200").queryParam("lon", "13.4050").queryParam("timestamp", "1793602800")
                .queryParam("speed", "10").queryParam("bearing", "90").queryParam("batt", "77").get("/osmand").then().statusCode(200);
        given().contentType(ContentType.URLENC).formParam("deviceid", id).formParam("location", "52.53,13.41")
                .formParam("timestamp", "2026-11-02 07:40:00").post("/osmand").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("device_id", id, "location", Map.of("timestamp", "2026-11-02T07:50:00.000Z",
                "coords", Map.of("latitude", 52.54, "longitude", 13.42, "speed", 5.0, "heading", -1, "accuracy", 8),
                "battery", Map.of("level", 0.5, "is_charging", false)))).post("/osmand").then().statusCode(200);

        List<Reading> stored = desk.stored(new DeviceId(id));
        assertThat(stored).hasSize(3);
        assertThat(stored.getFirst()).satisfies(r -> {
            assertThat(r.at()).isEqualTo(Instant.ofEpochSecond(1793602800L));
            assertThat(r.position()).isEqualTo(new GeoPoint(52.52, 13.405));
            assertThat(r.speedKmh()).as("knots to km/h").isEqualTo(18.52);
            assertThat(r.batteryPercent()).isEqualTo(77.0);
        });
        assertThat(stored.getLast()).satisfies(r -> {
            assertThat(r.speedKmh()).as("m/s to km/h").isEqualTo(18.0);
            assertThat(r.headingDegrees()).as("-1: not known").isNull();
            assertThat(r.batteryPercent()).isEqualTo(50.0);
        });
        problem(given().queryParam("id", "UNKNOWN-TRACKER").queryParam("lat", "1").queryParam("lon", "1").get("/osmand").then(), 404,
                "/osmand");
        invalidField(given().queryParam("lat", "1").queryParam("lon", "1").get("/osmand").then(), "/osmand", "id");
        invalidField(given().queryParam("id", id).queryParam("lat", "north").queryParam("lon", "1").get("/osmand").then(), "/osmand",
                "lat");
    }

    @Test
    void aBoundShipmentsTrailIsItsDevicesRouteAndTheOrderViewCanShowItsLastPosition() {
        register();
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.minus(Duration.ofHours(3)));
        desk.add(order);
        List<Map<String, Object>> drive = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            drive.add(Map.of("at", T0.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(minute)).toString(), "latitude", 52.0,
                    "longitude", 13.0 + minute * 0.01));
        }
        integrator().body(drive).post(path() + "/readings").then().statusCode(200).body("stored", equalTo(60));
        integrator().body(Map.of("shipmentId", shipment.value(), "from", T0.minus(Duration.ofHours(2)).toString()))
                .post(path() + "/bindings").then().statusCode(201).body("shipmentId", equalTo(shipment.toString()));

        String trail = "/api/v1/shipments/" + shipment + "/trail";
        operator().get(trail).then().statusCode(200).body("reported", equalTo(60)).body("points", hasSize(2))
                .body("last.longitude", equalTo(13.59f));
        invalidField(operator().queryParam("tolerance", "0").get(trail).then(), trail, "tolerance");
        String unknown = "/api/v1/shipments/" + UUID.randomUUID() + "/trail";
        problem(operator().get(unknown).then(), 404, unknown);
        invalidField(integrator().body(Map.of("shipmentId", shipment.value(), "from", "yesterday")).post(path() + "/bindings").then(),
                path() + "/bindings", "from");
    }

    private void register() {
        integrator().body(Map.of("kind", "GPS_TRACKER")).put(path()).then().statusCode(201);
    }

    private String path() {
        return "/api/v1/devices/" + id;
    }
}
