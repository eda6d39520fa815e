package io.waybill.adapters.carriers.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Carrier payloads in the carrier's own format, normalized by its {@link CarrierAdapter} and recorded
 * like any tracking event. A payload that cannot be read is refused whole (400, nothing stored); once
 * read, each event is accepted, a duplicate, or rejected with its reason, and codes the adapter does not
 * know are reported back, never dropped silently. The carrier's delivery estimates are recorded before its
 * events, so the predictions the events cause already rest on them.
 */
@Path("/api/v1/carriers/{carrier}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carrier integrations")
public class CarrierInboundResource {

    static final String SIGNATURE_HEADER = "X-Waybill-Signature";
    private static final int CHUNK = 1000;

    private static final Logger LOG = Logger.getLogger(CarrierInboundResource.class);
    private final Instance<CarrierAdapter> adapters;
    private final RecordTrackingEvents trackingEvents;
    private final RecordCarrierEstimates estimates;
    private final MeterRegistry meters;
    private final Clock clock;

    CarrierInboundResource(@Any Instance<CarrierAdapter> adapters, RecordTrackingEvents trackingEvents,
            RecordCarrierEstimates estimates, MeterRegistry meters, Clock clock) {
        this.adapters = adapters;
        this.trackingEvents = trackingEvents;
        this.estimates = estimates;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * A carrier pushing its own tracking payload. Authorization is the carrier's shared secret: the body
     * must be signed with HMAC-SHA256 under {@code waybill.carriers.<code>.secret}, sent as
     * {@code X-Waybill-Signature: sha256=<hex>}. Without a configured secret the carrier cannot push.
     */
    @POST
    @Path("/events")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Receive a carrier's push (webhook) in its own format, signed with the carrier's shared secret")
    public Response push(@PathParam("carrier") String carrier, @HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) {
        CarrierAdapter adapter = adapter(carrier);
        if (adapter.modes().contains(CarrierAdapter.Mode.EDI) && !adapter.modes().contains(CarrierAdapter.Mode.PUSH)) {
            return problem(400, "wrong-channel", "Use the interchange upload", carrier + " sends EDI: POST it to /api/v1/carriers/"
                    + carrier + "/interchanges with an API key");
        }
        Optional<String> secret = ConfigProvider.getConfig().getOptionalValue("waybill.carriers." + adapter.code().value() + ".secret",
                String.class).filter(s -> !s.isBlank());
        if (secret.isEmpty()) {
            return problem(403, "push-not-enabled", "Pushes not enabled", "no shared secret is configured for carrier "
                    + adapter.code() + " (waybill.carriers." + adapter.code() + ".secret)");
        }
        if (signature == null || !validSignature(secret.get(), body, signature)) {
            return problem(401, "bad-signature", "Signature missing or wrong", "sign the exact body with HMAC-SHA256 under the carrier's"
                    + " shared secret and send it as " + SIGNATURE_HEADER + ": sha256=<hex>");
        }
        return record(adapter, body);
    }

    /** An EDI interchange (X12 214) uploaded by an integrator. */
    @POST
    @Path("/interchanges")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"integrator", "admin"})
    @Operation(summary = "Upload an EDI interchange (ANSI X12 214) for a carrier that reports by EDI")
    public Response interchange(@PathParam("carrier") String carrier, byte[] body) {
        CarrierAdapter adapter = adapter(carrier);
        if (!adapter.modes().contains(CarrierAdapter.Mode.EDI)) {
            return problem(400, "wrong-channel", "Not an EDI carrier", carrier + " does not report by EDI");
        }
        return record(adapter, body);
    }

    private Response record(CarrierAdapter adapter, byte[] body) {
        if (body == null || body.length == 0) {
            return problem(400, "empty-payload", "Empty payload", "the body is empty");
        }
        Instant receivedAt = clock.instant();
        Parsed parsed;
        try {
            parsed = adapter.parse(body);
        } catch (CarrierPayloadException e) {
            return problem(400, "unreadable-payload", "Payload not readable", e.getMessage());
        }
        for (var unmapped : parsed.unmapped()) {
            // a code the mapping does not know is kept and counted, so someone extends the table
            meters.counter("waybill.carrier.unmapped", "carrier", adapter.code().value(),
                    "code", String.valueOf(unmapped.rawCode())).increment();
            LOG.infof("unmapped %s code %s (%s): %s", adapter.code(), unmapped.rawCode(), unmapped.rawText(), unmapped.why());
        }
        try {
            List<CarrierEstimate> given = parsed.carrierEstimates(adapter.code(), receivedAt);
            if (!given.isEmpty()) {
                estimates.recordEstimates(given);
            }
        } catch (RuntimeException e) {
            // an estimate is advice (the poller does the same): losing one must not cost the carrier's events
            LOG.warnf("%s: delivery estimates not kept (%s); the events are recorded", adapter.code(), e.getMessage());
        }
        List<EventOutcome> outcomes = new ArrayList<>(parsed.events().size());
        for (int from = 0; from < parsed.events().size(); from += CHUNK) {
            outcomes.addAll(trackingEvents.recordTracking(parsed.events().subList(from, Math.min(parsed.events().size(), from + CHUNK))));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("carrier", adapter.code().value());
        answer.put("events", parsed.events().size());
        answer.put("accepted", outcomes.stream().filter(o -> o.result() == EventOutcome.Result.ACCEPTED).count());
        answer.put("duplicates", outcomes.stream().filter(o -> o.result() == EventOutcome.Result.DUPLICATE).count());
        answer.put("rejected", outcomes.stream().filter(o -> o.result() == EventOutcome.Result.REJECTED).count());
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            EventOutcome o = outcomes.get(i);
            RecordTrackingEvents.Event e = parsed.events().get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("index", i);
            r.put("trackingNumber", e.carrierTrackingNumber() == null ? null : e.carrierTrackingNumber().value());
            r.put("milestone", e.event().milestone().name());
            r.put("occurredAt", e.event().occurredAt().toString());
            r.put("result", o.result().name());
            if (o.reason() != null) {
                r.put("reason", o.reason());
            }
            results.add(r);
        }
        answer.put("results", results);
        answer.put("unmapped", parsed.unmapped().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            putIfPresent(m, "trackingNumber", u.trackingNumber());
            putIfPresent(m, "rawCode", u.rawCode());
            putIfPresent(m, "rawText", u.rawText());
            putIfPresent(m, "occurredAt", u.occurredAt());
            putIfPresent(m, "why", u.why());
            return m;
        }).toList());
        answer.put("estimatedDeliveries", parsed.estimatedDeliveries().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            putIfPresent(m, "trackingNumber", d.trackingNumber());
            putIfPresent(m, "earliest", d.earliest());
            putIfPresent(m, "latest", d.latest());
            return m;
        }).toList());
        answer.put("warnings", parsed.warnings());
        return Response.ok(answer).build();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, String.valueOf(value));
        }
    }

    private CarrierAdapter adapter(String carrier) {
        for (CarrierAdapter adapter : adapters) {
            if (adapter.code().value().equalsIgnoreCase(carrier)) {
                return adapter;
            }
        }
        throw new jakarta.ws.rs.NotFoundException("no carrier adapter for '" + carrier + "'");
    }

    static boolean validSignature(String secret, byte[] body, String header) {
        String presented = header.strip();
        if (presented.regionMatches(true, 0, "sha256=", 0, 7)) {
            presented = presented.substring(7);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(presented.toLowerCase());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    static Response problem(int status, String slug, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://waybill.io/problems/" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return Response.status(status).type("application/problem+json").entity(problem).build();
    }
}
