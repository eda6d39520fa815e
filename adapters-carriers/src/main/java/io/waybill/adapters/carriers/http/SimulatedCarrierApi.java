package io.waybill.adapters.carriers.http;

import io.waybill.adapters.carriers.simulated.SimulatedCarrier;
import io.waybill.domain.order.CarrierCode;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated carrier's own tracking API, served beside Waybill for the demo and for load tests, the way a
 * carrier's API would be served by the carrier: it needs the carrier's API token (not a Waybill API key), answers
 * in the carrier's format, and, with {@code waybill.carrier.simulated.api.failure-rate}, fails like a real one
 * (503, or 429 with Retry-After) so the poller's resilience can be watched. Not found when the simulator is off.
 */
@Path("/simulator/carriers/{carrier}/v1")
@Tag(name = "Simulated carrier")
public class SimulatedCarrierApi {

    static final int MAX_NUMBERS = 50;
    static final int RETRY_AFTER_SECONDS = 2;

    private final Instance<SimulatedCarrier> carrier;
    private final boolean enabled;
    private final double failureRate;

    SimulatedCarrierApi(Instance<SimulatedCarrier> carrier,
            @ConfigProperty(name = "waybill.carrier.simulated.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "waybill.carrier.simulated.api.failure-rate", defaultValue = "0") double failureRate) {
        this.carrier = carrier;
        this.enabled = enabled;
        this.failureRate = failureRate;
    }

    /** The carrier's answer about up to 50 comma-separated tracking numbers. */
    @GET
    @Path("/tracking")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The simulated carrier's tracking API (carrier API token, not a Waybill key)")
    @APIResponse(responseCode = "200", description = "The shipments' tracking, in the simulated carrier's own format",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Not 1 to 50 tracking numbers", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "Carrier API token missing or wrong", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The simulator is off, or does not serve this carrier", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Simulated rate limit (with Retry-After)", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Simulated outage", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response tracking(@PathParam("carrier") String code, @QueryParam("numbers") String numbers,
            @HeaderParam("Authorization") String authorization) {
        CarrierCode served = new CarrierCode(code);
        if (!enabled || !carrier.get().carriers().contains(served)) {
            return SimulatorProblem.of("not-found", "No such simulated carrier", 404,
                    "the simulated carrier is off or does not serve " + code).toResponse();
        }
        if (authorization == null || !MessageDigest.isEqual(("Bearer " + carrier.get().apiToken()).getBytes(StandardCharsets.UTF_8),
                authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            return SimulatorProblem.of("bad-token", "Carrier API token missing or wrong", 401,
                    "send the simulated carrier's API token (waybill.carrier.simulated.api.token) as Authorization: Bearer <token>")
                    .toResponse();
        }
        List<String> asked = numbers == null ? List.of()
                : Arrays.stream(numbers.split(",")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (asked.isEmpty() || asked.size() > MAX_NUMBERS) {
            return SimulatorProblem.of("bad-numbers", "Name 1 to " + MAX_NUMBERS + " tracking numbers", 400,
                    "numbers=<comma-separated tracking numbers>, at most " + MAX_NUMBERS + " (got " + asked.size() + ")").toResponse();
        }
        if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
            return ThreadLocalRandom.current().nextBoolean()
                    ? SimulatorProblem.of("unavailable", "Simulated outage", 503, "try again later").toResponse()
                    : Response.fromResponse(SimulatorProblem.of("rate-limited", "Simulated rate limit", 429,
                            "slow down: try again after " + RETRY_AFTER_SECONDS + " seconds").toResponse())
                            .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
        }
        return Response.ok(carrier.get().track(served, asked), MediaType.APPLICATION_JSON).build();
    }
}
