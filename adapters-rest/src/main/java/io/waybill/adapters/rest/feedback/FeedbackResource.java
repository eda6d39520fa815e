package io.waybill.adapters.rest.feedback;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.application.port.in.RecordFeedback;
import io.waybill.application.port.in.RecordFeedback.FeedbackLinkException;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's side of feedback. No API key: the signed, expiring token from the delivery message is the
 * authorization, and it admits one order only. Answers carry no personal data.
 */
@TenantBound
@Path("/api/v1/feedback/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackResource {

    public record InvitationDocument(@Schema(required = true) String orderNumber, @Schema(required = true) Instant expiresAt,
            @Schema(required = true) boolean given,
            @Schema(required = true, nullable = true, minimum = "1", maximum = "5", description = "The rating given, if any") Integer rating) {
    }

    public record FeedbackRequest(@Schema(required = true, minimum = "1", maximum = "5") Integer rating, String comment) {
    }

    private final RecordFeedback feedback;

    FeedbackResource(RecordFeedback feedback) {
        this.feedback = feedback;
    }

    @GET
    @PermitAll
    @Operation(summary = "What the feedback link is for (order number, expiry, whether feedback was given)")
    @APIResponse(responseCode = "200", description = "What the link is for", content = @Content(schema = @Schema(implementation = InvitationDocument.class)))
    @APIResponse(responseCode = "403", description = "The link is damaged or not valid")
    @APIResponse(responseCode = "410", description = "The link has expired")
    public Response invitation(@PathParam("token") String token, @Context UriInfo uri) {
        try {
            RecordFeedback.Invitation invitation = feedback.invitation(token);
            return Response.ok(new InvitationDocument(invitation.orderNumber(), invitation.expiresAt(),
                    invitation.givenRating().isPresent(), invitation.givenRating().orElse(null))).build();
        } catch (FeedbackLinkException e) {
            return refused(e, uri);
        }
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the delivery from 1 to 5, with an optional comment; once per order")
    @APIResponse(responseCode = "201", description = "Recorded (the answer has no body)")
    @APIResponse(responseCode = "403", description = "The link is damaged or not valid")
    @APIResponse(responseCode = "409", description = "Feedback for this order was given before, or it is not delivered yet")
    @APIResponse(responseCode = "410", description = "The link has expired")
    public Response give(@PathParam("token") String token, FeedbackRequest request, @Context UriInfo uri) {
        if (request == null || request.rating() == null) {
            throw new InvalidValueException("rating", "send {\"rating\": 1..5, \"comment\": \"...\"}");
        }
        try {
            feedback.record(token, request.rating(), request.comment());
            return Response.status(201).build();
        } catch (FeedbackLinkException e) {
            return refused(e, uri);
        }
    }

    private static Response refused(FeedbackLinkException e, UriInfo uri) {
        return e.expired()
                ? Problem.of("feedback-link-expired", "Feedback link expired", 410, e.getMessage()).at(uri.getPath()).toResponse()
                : Problem.of("feedback-link-invalid", "Feedback link not valid", 403, e.getMessage()).at(uri.getPath()).toResponse();
    }
}
