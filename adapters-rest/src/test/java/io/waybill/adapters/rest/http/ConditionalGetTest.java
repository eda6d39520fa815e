package io.waybill.adapters.rest.http;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.adapters.rest.fakes.InMemoryTracking;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ETag and If-None-Match on the order view and the public tracking view: 304 while nothing changed, 200 once it did. */
@QuarkusTest
class ConditionalGetTest {

    private static final String ORDERS = "/api/v1/orders/";
    private static final String TRACKING = "/api/v1/tracking/";

    @Inject
    InMemoryOrderDesk orders;

    @Inject
    InMemoryTracking tracking;

    @BeforeEach
    void reset() {
        orders.reset();
        tracking.reset();
    }

    @Test
    void theOrderViewIsPrivateAndA304WhileTheOrderIsUnchanged() {
        Order order = orders.add(anOrder().placed());
        String path = ORDERS + order.getId();
        String etag = operator().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache")).header("ETag", startsWith("W/\""))
                .extract().header("ETag");

        operator().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString())
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("private, no-cache"));
        operator().header("If-None-Match", "\"other\", " + etag.substring(2)).get(path).then().statusCode(304);
        operator().header("If-None-Match", "*").get(path).then().statusCode(304);
        operator().header("If-None-Match", "W/\"stale\"").get(path).then().statusCode(200);

        order.confirm(TrackingId.generate(), "PAY-1", T0.plus(Duration.ofMinutes(5)));
        String changed = operator().header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void theTrackingViewIsRevalidatedOnEveryUseAndItsTagFollowsWhatItShows() {
        TrackingId id = TrackingId.generate();
        tracking.add(view(id, OrderStatus.SHIPPED));
        String path = TRACKING + id.value();
        String etag = anonymous().get(path).then().statusCode(200).header("Cache-Control", equalTo("no-cache"))
                .extract().header("ETag");

        anonymous().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));

        tracking.add(view(id, OrderStatus.DELIVERED));
        anonymous().header("If-None-Match", etag).get(path).then().statusCode(200).body("status", equalTo("DELIVERED"));
    }

    @Test
    void aTagComparesWeaklyAndAnythingThatIsNotATagMatchesNothing() {
        assertThat(EntityTags.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(EntityTags.matches("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(EntityTags.matches(" \"x\" ,W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(EntityTags.matches("abc", "W/\"abc\"")).isFalse();
        assertThat(EntityTags.matches("", "W/\"abc\"")).isFalse();
        assertThat(EntityTags.matches(null, "W/\"abc\"")).isFalse();
    }

    private static TrackOrder.View view(TrackingId id, OrderStatus status) {
        return new TrackOrder.View(id, status, "DE", null, null, List.of(), List.of(), ZoneId.of("Europe/Berlin"));
    }
}
