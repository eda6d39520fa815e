package io.waybill.adapters.rest.carriers;

import io.waybill.adapters.rest.carriers.PushSecretDocuments.PushSecretDocument;
import io.waybill.adapters.rest.carriers.PushSecretDocuments.PushSecretRequest;
import io.waybill.adapters.rest.problem.BadRequestProblem;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.in.ManageCarrierPushSecrets.NewSecret;
import io.waybill.application.port.in.ReceiveCarrierPayloads;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.PushScheme;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's tenant's push secret for one carrier: set or rotate (given or generated, the replaced secret verifying
 * for the overlap), show by fingerprint, revoke. Admin keys only; a secret is in the answer that generated it, never
 * after. Pushes signed with it go to {@code /api/v1/carriers/<code>/events?tenant=<tenant>}.
 */
@TenantBound
@Path("/api/v1/carriers/{carrier}/push-secrets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carrier integrations")
public class CarrierPushSecretsResource {

    private final ManageCarrierPushSecrets secrets;
    private final ReceiveCarrierPayloads carriers;
    private final CallerKey caller;

    CarrierPushSecretsResource(ManageCarrierPushSecrets secrets, ReceiveCarrierPayloads carriers, CallerKey caller) {
        this.secrets = secrets;
        this.carriers = carriers;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set or rotate the caller's tenant's push secret for a carrier: scheme, and secret or generate: true;"
            + " the replaced secret keeps verifying for overlap (default PT24H)")
    @APIResponse(responseCode = "200", description = "Set: the fingerprint, the push URL, the replaced secret's overlap; the secret itself only if generated",
            content = @Content(schema = @Schema(implementation = PushSecretDocument.class)))
    @APIResponse(responseCode = "400", description = "Unknown scheme, a secret too short or too long, neither secret nor generate, a bad overlap, or a carrier that does not push")
    @APIResponse(responseCode = "404", description = "No adapter for this carrier")
    @APIResponse(responseCode = "409", description = "The installation has no key to encrypt push secrets under")
    public PushSecretDocument put(@PathParam("carrier") String carrier, PushSecretRequest request) {
        CarrierCode code = pushing(carrier);
        if (request == null) {
            throw new InvalidValueException("body", "send {\"scheme\": ..., \"secret\": ...} or {\"scheme\": ..., \"generate\": true}");
        }
        boolean generate = Boolean.TRUE.equals(request.generate());
        if (generate == (request.secret() != null)) {
            throw new InvalidValueException("secret", "send either a secret or \"generate\": true");
        }
        NewSecret secret = new NewSecret(code, PushScheme.parse(request.scheme()), Optional.ofNullable(request.secret()), overlap(request.overlap()));
        return PushSecretDocuments.document(secrets.put(tenant(), secret));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The caller's tenant's push secret for a carrier, by fingerprint; never the secret")
    @APIResponse(responseCode = "200", description = "The secret's scheme, fingerprint and push URL", content = @Content(schema = @Schema(implementation = PushSecretDocument.class)))
    @APIResponse(responseCode = "404", description = "No adapter for this carrier, or no push secret set for it")
    public PushSecretDocument get(@PathParam("carrier") String carrier) {
        CarrierCode code = pushing(carrier);
        return secrets.list(tenant()).stream().filter(s -> s.carrier().equals(code)).findFirst()
                .map(s -> PushSecretDocuments.document(s, null)).orElseThrow(() -> noSecret(code));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke the caller's tenant's push secret for a carrier, and the replaced one, at once")
    @APIResponse(responseCode = "204", description = "Revoked: pushes with ?tenant= are refused from now on")
    @APIResponse(responseCode = "404", description = "No adapter for this carrier, or no push secret set for it")
    public Response revoke(@PathParam("carrier") String carrier) {
        CarrierCode code = pushing(carrier);
        if (!secrets.revoke(tenant(), code)) {
            throw noSecret(code);
        }
        return Response.noContent().build();
    }

    private CarrierCode pushing(String carrier) {
        CarrierChannels channels = carriers.carrier(carrier)
                .orElseThrow(() -> new NotFoundException("no carrier adapter for '" + carrier + "'"));
        if (!channels.pushes()) {
            throw new BadRequestProblem(Problem.of("wrong-channel", "Not a pushing carrier", 400, carrier + " does not push: it has no push secrets"));
        }
        return channels.carrier();
    }

    private TenantId tenant() {
        return caller.principal().tenant();
    }

    private static Optional<Duration> overlap(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("overlap", "is not an ISO-8601 duration such as PT24H: " + InvalidValueException.quote(text));
        }
    }

    private static BadRequestProblem noSecret(CarrierCode code) {
        return new BadRequestProblem(Problem.of("not-found", "Not found", 404, "no push secret is set for carrier " + code.value()));
    }
}
