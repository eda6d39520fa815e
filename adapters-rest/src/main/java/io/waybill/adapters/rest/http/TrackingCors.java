package io.waybill.adapters.rest.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the public tracking view only, so that a shop's own order-status page can read it from the browser: requests
 * from the origins in {@code waybill.tracking.cors-origins} (none by default) get {@code Access-Control-Allow-Origin}, and
 * their preflights are answered here. Every other path, and every other origin, gets no CORS header at all: the rest of
 * the API is called with a secret key, which has no business in a browser.
 */
@ApplicationScoped
public class TrackingCors {

    static final String PATH = "/api/v1/tracking/";
    /** Ahead of the rate limits, so that a 429 carries the headers that let the page's script read it. */
    private static final int PRIORITY = 2_000;
    private static final String ALLOWED_HEADERS = "If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Retry-After";
    /** How long a browser may keep a preflight's answer, in seconds. */
    private static final String MAX_AGE = "600";

    private final Set<String> origins;

    TrackingCors(@ConfigProperty(name = "waybill.tracking.cors-origins") Optional<List<String>> origins) {
        this.origins = origins.orElse(List.of()).stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(TrackingCors::origin).collect(Collectors.toUnmodifiableSet());
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext context) {
        if (!context.normalizedPath().startsWith(PATH)) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        // the answer differs by Origin: a cache must not hand one origin's answer to another
        response.putHeader(HttpHeaderNames.VARY, "Origin");
        String origin = context.request().getHeader(HttpHeaderNames.ORIGIN);
        if (origin == null || !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            context.next();
            return;
        }
        response.putHeader(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight) {
            response.putHeader(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            context.next();
            return;
        }
        response.setStatusCode(204).putHeader(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                .putHeader(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .putHeader(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE).end();
    }

    /** An origin as browsers send it: {@code scheme://host[:port]}, lower case, without path or trailing slash. */
    static String origin(String configured) {
        try {
            URI uri = new URI(configured);
            boolean bare = uri.getScheme() != null && uri.getHost() != null && uri.getUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            if (bare && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                return configured.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("waybill.tracking.cors-origins: '" + configured + "' is not an origin like"
                + " https://shop.example.com (scheme, host and port only; no path, no trailing slash, no *)");
    }
}
