package io.waybill.adapters.rest.pages;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.pages.TrackingRouteTest.step;
import static io.waybill.adapters.rest.pages.TrackingRouteTest.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryTracking;
import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tracking page's route as HTML: the list of towns that reads without scripts, and what the map script gets. */
@QuarkusTest
class TrackingPageRouteTest {

    @Inject
    InMemoryTracking tracking;

    @BeforeEach
    void reset() {
        tracking.reset();
    }

    @Test
    void listsTheTownsOldestFirstWithTheirAreasAndTheDestination() {
        View view = view(List.of(step(Milestone.OUT_FOR_DELIVERY, 14, "München", "DE", new GeoPoint(48.1, 11.6)),
                step(Milestone.HANDED_OVER, 6, "Hamburg", "DE", new GeoPoint(53.6, 10.0))),
                new Destination("München", "DE", new GeoPoint(48.1, 11.6)));
        tracking.add(view);

        String html = given().get("/track/" + view.trackingId().formatted()).then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"route-heading\">Route so far</h2>", "class=\"route-map\"", "hidden",
                "<script src=\"/assets/tracking-map.js\" defer></script>", "Places are shown by town, not by address.");
        assertThat(html).contains("<li data-lat=\"53.6\" data-lon=\"10.0\"><span class=\"name\">Hamburg, Germany</span>",
                "<li data-lat=\"48.1\" data-lon=\"11.6\" class=\"latest\"><span class=\"name\">München, Germany</span>",
                "<p class=\"destination\" data-lat=\"48.1\" data-lon=\"11.6\">Goes to: <span class=\"name\">München, Germany</span>");
        assertThat(html.indexOf("Hamburg, Germany</span>")).as("oldest first").isLessThan(html.indexOf("München, Germany</span>"));
        assertThat(html).as("no tile server configured: nothing from elsewhere").doesNotContain("data-tiles");
    }

    @Test
    void noTownNoRouteAndOneTownNoMap() {
        View none = view(List.of(step(Milestone.CONFIRMED, 5, null, null, null)), null);
        View one = view(List.of(step(Milestone.IN_TRANSIT, 9, "Kassel", "DE", new GeoPoint(51.3, 9.5))), null);
        tracking.add(none);
        tracking.add(one);

        assertThat(given().get("/track/" + none.trackingId().formatted()).then().statusCode(200).extract().asString())
                .doesNotContain("route-heading");
        assertThat(given().get("/track/" + one.trackingId().formatted()).then().statusCode(200).extract().asString())
                .contains("Route so far", "Kassel, Germany").doesNotContain("class=\"route-map\"");
    }

    @Test
    void theMapsAssetsAreServedByTheApplication() {
        given().get("/assets/tracking-map.js").then().statusCode(200);
        given().get("/webjars/leaflet/dist/leaflet.js").then().statusCode(200);
        given().get("/webjars/leaflet/dist/leaflet.css").then().statusCode(200);
        given().get("/assets/map/world-110m.json").then().statusCode(200);
    }
}
