package io.waybill.adapters.rest.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.waybill.adapters.rest.limits.TokenBuckets.Decision;
import io.waybill.adapters.rest.limits.TokenBuckets.Limit;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.security.ApiKeyAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before anything else reads the request, what exceeds a limit: a body announced larger than
 * {@code quarkus.http.limits.max-body-size} (413) and a client over its rate (429 with {@code Retry-After}). Both as
 * problems, where Vert.x would answer in plain text. Runs on the event loop and never blocks.
 */
@ApplicationScoped
public class RequestLimits {

    /** Ahead of authentication and of the REST layer. */
    private static final int PRIORITY = 1_000;

    private final LimitSettings settings;
    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final ClientLimits clients;
    private final BodyHandler streamedBodies;

    RequestLimits(LimitSettings settings, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.settings = settings;
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.streamedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        Map<String, Limit> addresses = new HashMap<>();
        settings.addresses().forEach((address, rate) -> addresses.put(address, rate.limit()));
        this.clients = new ClientLimits(new TokenBuckets(settings.maxClients(), System::nanoTime),
                settings.key().limit(), settings.address().limit(), addresses);
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    /** A streamed body that outgrows the limit fails its request with 413 (see {@link #filter}): answer it as a problem. */
    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context, tooLarge(), null);
            } else {
                context.next();
            }
        });
    }

    private void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        boolean page = path.equals("/track") || path.startsWith("/track/");
        boolean devices = path.equals("/osmand") || path.startsWith("/epcis/"); // trackers and readers: limited like the API
        if (!path.startsWith("/api/") && !page && !devices) {
            context.next();
            return;
        }
        long length = announcedLength(request);
        if (length > maxBodyBytes) {
            refuse(context, tooLarge(), null);
            return;
        }
        if (settings.enabled()) {
            String address = address(request);
            Decision decision = clients.admit(ApiKeyAuthenticationMechanism.presentedKey(request), address, path);
            if (!decision.allowed() && page) {
                refusePage(context, decision.retryAfterSeconds());
                return;
            }
            if (!decision.allowed()) {
                refuse(context, Problem.of("rate-limited", "Too many requests", 429, "this client sent more requests than its"
                        + " limit; send again after " + decision.retryAfterSeconds() + " s (see Retry-After)"),
                        Long.toString(decision.retryAfterSeconds()));
                return;
            }
            context.addHeadersEndHandler(ended -> {
                if (context.response().getStatusCode() == 401) {
                    clients.failedCredentials(address);
                }
            });
        }
        if (length < 0 && request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            // A body of unknown length: read it here, up to the limit, so that outgrowing it fails the request with a
            // 413 we answer (the REST layer would answer an empty 413, then log an error), and the REST layer reads
            // the body read here.
            streamedBodies.handle(context);
            return;
        }
        context.next();
    }

    private Problem tooLarge() {
        return Problem.of("body-too-large", "Request body too large", 413, "the body may hold at most " + maxBodyBytes
                + " bytes; split it (event batches: at most 1000 events)");
    }

    private static long announcedLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The client's address as the server sees it: behind a proxy, only with quarkus.http.proxy.* forwarding on. */
    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /**
     * The tracking pages are for people: over the limit they get a page that says when to try again (in German when the
     * browser prefers it), with the same status and {@code Retry-After}.
     */
    private static void refusePage(RoutingContext context, long retryAfterSeconds) {
        String accepted = context.request().getHeader(HttpHeaderNames.ACCEPT_LANGUAGE);
        boolean german = accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("de");
        String title = german ? "Zu viele Anfragen" : "Too many requests";
        String text = german
                ? "Von Ihrer Adresse kamen gerade mehr Anfragen, als wir beantworten. Bitte versuchen Sie es in "
                        + retryAfterSeconds + " Sekunden noch einmal."
                : "Your address sent more requests than we answer just now. Please try again in " + retryAfterSeconds
                        + " seconds.";
        String html = "<!DOCTYPE html><html lang=\"" + (german ? "de" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/waybill.css\"></head><body><main id=\"content\"><section><h1>"
                + title + "</h1><p>" + text + "</p></section></main></body></html>";
        context.response().setStatusCode(429).putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaderNames.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store").end(html);
    }

    private void refuse(RoutingContext context, Problem problem, String retryAfter) {
        String body;
        try {
            body = json.writeValueAsString(problem.at(context.normalizedPath()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            context.response().putHeader(HttpHeaderNames.RETRY_AFTER, retryAfter);
        }
        // the client may still be sending a body we will not read: close rather than drain it (HTTP/1 only; HTTP/2
        // has no such header and resets just the stream)
        if (problem.status() == 413 && context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaderNames.CONNECTION, "close");
        }
        context.response().end(body);
    }
}
