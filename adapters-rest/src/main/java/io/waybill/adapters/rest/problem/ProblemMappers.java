package io.waybill.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.waybill.application.port.in.ApiKeyNotFoundException;
import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.VehicleNotFoundException;
import io.waybill.application.port.in.GeofenceNotFoundException;
import io.waybill.application.port.in.ExceptionItemChangedException;
import io.waybill.application.port.in.ExceptionItemNotFoundException;
import io.waybill.application.port.in.IdempotencyKeyInUseException;
import io.waybill.application.port.in.IdempotencyKeyReusedException;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.TenantNotFoundException;
import io.waybill.application.shared.PushSecretsUnavailableException;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every refusal into a problem+json answer; anything unexpected is a logged 500 with an incident id. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return Problem.of("invalid-value", "Invalid value", 400, e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Problem.of("illegal-transition", "Illegal transition", 409, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response orderNumberTaken(OrderNumberTakenException e, UriInfo uri) {
        return Problem.of("order-number-taken", "Order number already used", 409,
                e.getMessage() + ": an order number identifies one order; fetch the existing order instead of placing it again")
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return Problem.of("idempotency-key-reused", "Idempotency key used for another request", 422, e.getMessage())
                .withErrors(List.of(new Problem.FieldError(IdempotencyKey.FIELD, "was sent before with another request")))
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyInUse(IdempotencyKeyInUseException e, UriInfo uri) {
        return Response.fromResponse(Problem.of("idempotency-key-in-use", "Request with this key under way", 409, e.getMessage())
                .at(uri.getPath()).toResponse()).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response notFound(OrderNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response deviceNotFound(DeviceNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response vehicleNotFound(VehicleNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response geofenceNotFound(GeofenceNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response exceptionNotFound(ExceptionItemNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response exceptionChanged(ExceptionItemChangedException e, UriInfo uri) {
        return Problem.of("changed-meanwhile", "Changed since read", 409, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response keyNotFound(ApiKeyNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response pushSecretsUnavailable(PushSecretsUnavailableException e, UriInfo uri) {
        return Problem.of("push-secrets-not-configured", "Push secrets not configured", 409, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response tenantNotFound(TenantNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response nameTaken(NameTakenException e, UriInfo uri) {
        return Problem.of("name-taken", "Name already used", 409, e.getMessage() + "; choose another").at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermittedException e, UriInfo uri) {
        return Problem.of("forbidden", "Not allowed for this key", 403, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(ConcurrentUpdateException e, UriInfo uri) {
        // the server has already retried; a client that waits a moment before sending again will get through
        return Response.fromResponse(Problem.of("conflict", "Concurrent update", 409,
                        "the order kept changing while this request was applied; nothing was stored, send it again after "
                                + "the Retry-After seconds").at(uri.getPath()).toResponse())
                .header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response unreadablePayload(UnreadablePayloadException e, UriInfo uri) {
        return Problem.of("unreadable-payload", "Payload not readable", 400, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestProblem e, UriInfo uri) {
        return e.problem().at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        InvalidValueException invalid = cause(e, InvalidValueException.class);
        if (invalid != null) {
            return invalidValue(invalid, uri);
        }
        return Problem.of("malformed-json", "Malformed request body", 400, describe(e)).at(uri.getPath()).toResponse();
    }

    /** A readable account of a JSON error: where in the document, and what was expected. */
    public static String describe(JsonProcessingException e) {
        return JsonErrors.describe(e);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(Problem.of("unauthorized", "API key missing or not valid", 401,
                        "send a valid API key in the X-API-Key header (or as Authorization: Bearer <key>)")
                        .at(uri.getPath()).toResponse())
                .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of("forbidden", "Not allowed for this key", 403,
                "this API key's role may not use this operation; ask an administrator for a key with the right role")
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage()
                    : "no resource at " + uri.getPath() + "; see /q/swagger-ui for the API";
            case 405 -> "this method is not allowed here; see /q/swagger-ui for the API";
            case 415 -> "send the body as application/json";
            case 406 -> "this resource answers application/json";
            default -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage()
                    : title.toLowerCase(Locale.ROOT) + "; see /q/swagger-ui for the API";
        };
        return Problem.of("http-" + status, title, status, detail).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s: unexpected failure on %s", incident, uri.getPath());
        return Problem.of("internal-error", "Internal error", 500,
                "this is a bug on our side, not in your request; quote incident " + incident + " when you report it")
                .at(uri.getPath()).toResponse();
    }
}
