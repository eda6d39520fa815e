package io.waybill.adapters.rest.notifications;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ManageWebhooks;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.shared.InvalidValueException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An integrator's webhooks. Every subscription belongs to the API key that created it: other keys neither see nor
 * change it. The signing secret is shown once, in the answer to the subscription.
 */
@TenantBound
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhooksResource {

    public record SubscribeRequest(@Schema(required = true, format = "uri") String url,
            @Schema(required = true, type = SchemaType.ARRAY, minItems = 1, uniqueItems = true, implementation = EventType.class)
            Set<String> eventTypes) {
    }

    static final String ACTIVE = "ACTIVE";
    static final String SUSPENDED = "SUSPENDED";

    /**
     * A webhook event type, or {@code *} for all: for the document only. The list is the application's
     * ({@code WebhookPayload.EVENT_TYPES}); ListedEnumerationsTest holds the two together.
     */
    @Schema(name = "WebhookEventType", type = SchemaType.STRING, enumeration = {"*", "order.placed", "order.confirmed",
            "order.cancelled", "order.status_changed", "shipment.status_changed", "shipment.delay_predicted",
            "shipment.delay_cleared", "exception.escalated", "shipment.condition_breached"})
    interface EventType {
    }

    /** A subscription; {@code secret} is only set in the answer to its creation. */
    public record SubscriptionDocument(@Schema(required = true) UUID id, @Schema(required = true) String url,
            @Schema(required = true, type = SchemaType.ARRAY, uniqueItems = true, implementation = EventType.class) Set<String> eventTypes,
            @Schema(required = true, enumeration = {ACTIVE, SUSPENDED}) String status,
            @Schema(required = true, nullable = true) String suspendedReason,
            @Schema(required = true) int consecutiveFailures, @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "The signing secret: in the answer to the subscription only")
            String secret) {
    }

    public record DeadLetterDocument(@Schema(required = true) long id, @Schema(required = true) String idempotencyKey,
            @Schema(required = true, nullable = true) UUID orderId, @Schema(required = true) UUID subscriptionId,
            @Schema(required = true) String eventType, @Schema(required = true) int attempts,
            @Schema(required = true, nullable = true) String lastError, @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant gaveUpAt) {
    }

    private final ManageWebhooks webhooks;
    private final SecurityIdentity identity;

    WebhooksResource(ManageWebhooks webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Subscribe a URL to event types (or *); the answer holds the signing secret, shown only once")
    @APIResponse(responseCode = "201", description = "Subscribed: the subscription with its signing secret, shown only once", content = @Content(schema = @Schema(implementation = SubscriptionDocument.class)),
            headers = @Header(name = "Location", description = "The subscription", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response subscribe(SubscribeRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"url\": \"https://...\", \"eventTypes\": [...]}; event types: "
                    + webhooks.eventTypes());
        }
        WebhookSubscription created = webhooks.subscribe(owner(), request.url(), request.eventTypes());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(document(created, true)).build();
    }

    @GET
    @Path("/subscriptions")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "This key's subscriptions, with their status and why a suspended one was suspended")
    @APIResponse(responseCode = "200", description = "This key's subscriptions, without secrets", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionDocument.class)))
    public List<SubscriptionDocument> subscriptions() {
        return webhooks.subscriptions(owner()).stream().map(s -> document(s, false)).toList();
    }

    @GET
    @Path("/subscriptions/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret", content = @Content(schema = @Schema(implementation = SubscriptionDocument.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of this key")
    public Response subscription(@PathParam("id") String id, @Context UriInfo uri) {
        return webhooks.subscription(owner(), uuid(id)).map(s -> Response.ok(document(s, false)).build())
                .orElseGet(() -> notFound(uri, id));
    }

    @POST
    @Path("/subscriptions/{id}/reactivate")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Resume a suspended subscription: its waiting deliveries go out again, in order")
    @APIResponse(responseCode = "200", description = "Active again: the subscription", content = @Content(schema = @Schema(implementation = SubscriptionDocument.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of this key")
    public Response reactivate(@PathParam("id") String id, @Context UriInfo uri) {
        return webhooks.reactivate(owner(), uuid(id)) ? subscription(id, uri) : notFound(uri, id);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Unsubscribe; pending deliveries are dropped")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such subscription of this key")
    public Response unsubscribe(@PathParam("id") String id, @Context UriInfo uri) {
        return webhooks.unsubscribe(owner(), uuid(id)) ? Response.noContent().build() : notFound(uri, id);
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Deliveries given up on (after a day of retries, or refused by the receiver), newest first")
    @APIResponse(responseCode = "200", description = "Dead letters, newest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterDocument.class)))
    public List<DeadLetterDocument> deadLetters(@QueryParam("limit") String limit) {
        int size = RequestValues.number("limit", limit, 100);
        if (size < 1 || size > 1000) {
            throw new InvalidValueException("limit", "between 1 and 1000 (got " + size + ")");
        }
        return webhooks.deadLetters(owner(), size).stream().map(WebhooksResource::document).toList();
    }

    @POST
    @Path("/dead-letters/{id}/replay")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Send a dead delivery again, with the same idempotency key and a new day of retries")
    @APIResponse(responseCode = "202", description = "Queued for delivery again (the answer has no body)")
    @APIResponse(responseCode = "404", description = "No such dead letter of this key")
    public Response replay(@PathParam("id") String id, @Context UriInfo uri) {
        return webhooks.replay(owner(), deliveryId(id)) ? Response.accepted().build() : notFound(uri, id);
    }

    private String owner() {
        return identity.getPrincipal().getName();
    }

    private static long deliveryId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("id", InvalidValueException.quote(id) + " is not a dead letter id (a whole number)");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", InvalidValueException.quote(id) + " is not a subscription id (a UUID)");
        }
    }

    private static Response notFound(UriInfo uri, String id) {
        return Problem.of("not-found", "Not found", 404, "no subscription or dead letter " + id + " of this API key")
                .at(uri.getPath()).toResponse();
    }

    private static SubscriptionDocument document(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionDocument(s.id(), s.url(), s.eventTypes(), s.active() ? ACTIVE : SUSPENDED, s.suspendedReason(),
                s.consecutiveFailures(), s.createdAt(), withSecret ? s.secret() : null);
    }

    private static DeadLetterDocument document(DeadLetter d) {
        return new DeadLetterDocument(d.id(), d.idempotencyKey(), d.order(), d.subscription(), d.eventType(), d.attempts(),
                d.lastError(), d.createdAt(), d.gaveUpAt());
    }
}
