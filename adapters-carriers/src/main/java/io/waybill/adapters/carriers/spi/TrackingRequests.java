package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierTrackingNumber;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How to ask a carrier's tracking API about some tracking numbers: the request only, in the carrier's own
 * shape. The poller adds credentials, time-outs, rate limits, retries and the circuit breaker, and hands
 * the answer to the adapter's {@link CarrierAdapter#parse}.
 */
public interface TrackingRequests {

    /** How many tracking numbers one request may name (the carrier's documented limit). */
    int maxNumbersPerRequest();

    /**
     * The request for these numbers (never more than {@link #maxNumbersPerRequest()}).
     *
     * @param endpoint the carrier's API base address, as configured (sandbox or production)
     */
    HttpRequest.Builder request(URI endpoint, List<CarrierTrackingNumber> numbers);

    /** Requests built by {@code build}, at most {@code maxNumbers} numbers each. */
    static TrackingRequests of(int maxNumbers, BiFunction<URI, List<CarrierTrackingNumber>, HttpRequest.Builder> build) {
        return new TrackingRequests() {
            @Override
            public int maxNumbersPerRequest() {
                return maxNumbers;
            }

            @Override
            public HttpRequest.Builder request(URI endpoint, List<CarrierTrackingNumber> numbers) {
                return build.apply(endpoint, numbers);
            }
        };
    }

    /** {@code endpoint} with {@code path} appended, whatever slashes either has. */
    static URI resolve(URI endpoint, String path) {
        String base = endpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (path.startsWith("/") ? path : "/" + path));
    }
}
