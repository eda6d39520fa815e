package io.waybill.adapters.rest.carriers;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.carriers.CarrierDocuments.ReceivedDocument;
import io.waybill.adapters.rest.problem.BadRequestProblem;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.in.ManageCarrierPushSecrets.PushKey;
import io.waybill.application.port.in.ReceiveCarrierPayloads;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carrier payloads in the carrier's own format, read by the carrier's format and recorded like any tracking event. A
 * payload that cannot be read is refused whole (400, nothing stored); once read, each event is accepted, a duplicate,
 * or rejected with its reason, and codes the carrier's format does not know are reported back, never dropped
 * silently. The carrier's delivery estimates are recorded before its events (see {@code RecordCarrierReports}).
 */
@TenantBound
@Path("/api/v1/carriers/{carrier}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carrier integrations")
public class CarrierInboundResource {

    static final String SIGNATURE_HEADER = PushSignatures.WAYBILL_HEADER;

    private final ReceiveCarrierPayloads payloads;
    private final CarrierSettings settings;
    private final ManageCarrierPushSecrets secrets;
    private final PushReplays replays;

    CarrierInboundResource(ReceiveCarrierPayloads payloads, CarrierSettings settings, ManageCarrierPushSecrets secrets, PushReplays replays) {
        this.payloads = payloads;
        this.settings = settings;
        this.secrets = secrets;
        this.replays = replays;
    }

    /**
     * A carrier pushing its own tracking payload. Without {@code ?tenant=}, authorization is the installation's shared
     * secret {@code waybill.carriers.<code>.secret} in Waybill's scheme ({@code X-Waybill-Signature: sha256=<hex>}), and
     * the scans find their tenants through the shipments they name. With {@code ?tenant=<id>}, it is that tenant's push
     * secret for the carrier (current, or the replaced one within its overlap) in the secret's scheme, a replay within
     * the replay window is refused, and the scans reach that tenant's shipments only.
     */
    @POST
    @Path("/events")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Receive a carrier's push (webhook) in its own format, signed with the installation's or the tenant's push secret")
    @APIResponse(responseCode = "200", description = "What became of each event of the payload", content = @Content(schema = @Schema(implementation = ReceivedDocument.class)))
    @APIResponse(responseCode = "400", description = "Wrong channel, an empty or unreadable payload, or a malformed tenant id")
    @APIResponse(responseCode = "401", description = "Signature missing or wrong (or made with a secret whose overlap is over)")
    @APIResponse(responseCode = "403", description = "Pushes are not enabled for this carrier (no secret), or the same signed body was already accepted within the replay window")
    @APIResponse(responseCode = "404", description = "No adapter for this carrier")
    @APIResponse(responseCode = "409", description = "The tenant's push secret cannot be decrypted (the installation's key changed), or a batch of events kept losing a race")
    public ReceivedDocument push(@PathParam("carrier") String carrier, @QueryParam("tenant") String tenant,
            @HeaderParam(SIGNATURE_HEADER) String signature, @Context HttpHeaders headers, byte[] body) {
        CarrierChannels channels = channels(carrier);
        if (!channels.pushes()) {
            throw refused(400, "wrong-channel", "Use the interchange upload", carrier + " sends EDI: POST it to /api/v1/carriers/"
                    + carrier + "/interchanges with an API key");
        }
        if (tenant != null) {
            return tenantPush(channels, new TenantId(tenant), headers, body);
        }
        String code = channels.carrier().value();
        Optional<String> secret = settings.secret(code);
        if (secret.isEmpty()) {
            throw refused(403, "push-not-enabled", "Pushes not enabled", "no shared secret is configured for carrier "
                    + code + " (waybill.carriers." + code + ".secret); a tenant's push secret is used with ?tenant=<id>");
        }
        if (signature == null || !PushSignatures.valid(secret.get(), body, signature)) {
            throw refused(401, "bad-signature", "Signature missing or wrong", "sign the exact body with HMAC-SHA256 under the carrier's"
                    + " shared secret and send it as " + SIGNATURE_HEADER + ": sha256=<hex>");
        }
        // a signed push speaks for the carrier, not for a tenant: its scans find their tenants through the shipments they name
        return TenantScope.platform(() -> receive(channels, body));
    }

    private ReceivedDocument tenantPush(CarrierChannels channels, TenantId tenant, HttpHeaders headers, byte[] body) {
        String code = channels.carrier().value();
        // same answer whether the tenant exists or not: a push URL tells nobody which tenants there are
        List<PushKey> keys = TenantScope.of(tenant, () -> secrets.keys(tenant, channels.carrier()));
        if (keys.isEmpty()) {
            throw refused(403, "push-not-enabled", "Pushes not enabled", "tenant " + tenant.value() + " has no push secret for carrier "
                    + code + " (PUT /api/v1/carriers/" + code + "/push-secrets)");
        }
        byte[] signed = body == null ? new byte[0] : body;
        if (keys.stream().noneMatch(k -> PushSignatures.valid(k.scheme(), k.secret(), signed, headers))) {
            throw refused(401, "bad-signature", "Signature missing or wrong", "sign the exact body with the tenant's push secret for "
                    + code + " as " + PushSignatures.howToSign(keys.getFirst().scheme()));
        }
        if (!replays.claim(tenant.value(), code, signed)) {
            throw refused(403, "replayed-push", "Push already received", "this signed body was accepted for tenant " + tenant.value()
                    + " within the last " + replays.window() + "; a new push has a new body");
        }
        try {
            return TenantScope.of(tenant, () -> receive(channels, signed));
        } catch (RuntimeException e) {
            replays.release(tenant.value(), code, signed); // not recorded: the sender's retry must get through
            throw e;
        }
    }

    /** An EDI interchange (X12 214) uploaded by an integrator: it reaches that integrator's tenant's shipments only. */
    @POST
    @Path("/interchanges")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"integrator", "admin"})
    @Operation(summary = "Upload an EDI interchange (ANSI X12 214) for a carrier that reports by EDI")
    @APIResponse(responseCode = "200", description = "What became of each event of the interchange", content = @Content(schema = @Schema(implementation = ReceivedDocument.class)))
    @APIResponse(responseCode = "404", description = "No adapter for this carrier")
    public ReceivedDocument interchange(@PathParam("carrier") String carrier, byte[] body) {
        CarrierChannels channels = channels(carrier);
        if (!channels.interchanges()) {
            throw refused(400, "wrong-channel", "Not an EDI carrier", carrier + " does not report by EDI");
        }
        return receive(channels, body);
    }

    private ReceivedDocument receive(CarrierChannels channels, byte[] body) {
        if (body == null || body.length == 0) {
            throw refused(400, "empty-payload", "Empty payload", "the body is empty");
        }
        return CarrierDocuments.received(channels.carrier(), payloads.receive(channels.carrier(), body));
    }

    private CarrierChannels channels(String carrier) {
        return payloads.carrier(carrier).orElseThrow(() -> new NotFoundException("no carrier adapter for '" + carrier + "'"));
    }

    private static BadRequestProblem refused(int status, String slug, String title, String detail) {
        return new BadRequestProblem(Problem.of(slug, title, status, detail));
    }
}
