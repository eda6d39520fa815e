package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageAlerts;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Whom the caller's tenant wants told by e-mail, at once, when its goods are measured outside their condition profile
 * (docs/telemetry.md). The webhook {@code shipment.condition_breached} goes to the tenant's subscriptions in any case.
 */
@TenantBound
@Path("/api/v1/admin/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AlertsResource {

    private final ManageAlerts alerts;
    private final CallerKey caller;

    AlertsResource(ManageAlerts alerts, CallerKey caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    /** The tenant's alert addresses. */
    @Schema(name = "Alerts")
    public record AlertsDocument(
            @Schema(required = true, nullable = true, maxLength = 254, example = "quality@shipper.example",
                    description = "Told by e-mail once per condition breach, as its exception opens; null: no e-mail")
            String conditionEmail) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Whom the tenant's condition alerts go to by e-mail")
    @APIResponse(responseCode = "200", description = "The addresses; null where none is set",
            content = @Content(schema = @Schema(implementation = AlertsDocument.class)))
    public AlertsDocument get() {
        return new AlertsDocument(alerts.conditionEmail(caller.principal()).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Set (or with null, clear) whom the tenant's condition alerts go to by e-mail")
    @APIResponse(responseCode = "200", description = "The addresses as they are now",
            content = @Content(schema = @Schema(implementation = AlertsDocument.class)))
    public AlertsDocument put(AlertsDocument request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"conditionEmail\": \"quality@shipper.example\"}, or null to stop the e-mails");
        }
        return new AlertsDocument(alerts.setConditionEmail(caller.principal(), Optional.ofNullable(request.conditionEmail())).orElse(null));
    }
}
