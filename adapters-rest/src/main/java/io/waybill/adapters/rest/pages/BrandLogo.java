package io.waybill.adapters.rest.pages;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ReadBranding;
import io.waybill.application.shared.Branding;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The logo of the tenant whose order a tracking ID names, for its tracking page: the stored PNG or JPEG, cached for an
 * hour, never sniffed as anything else. An unknown ID, or a tenant without a logo, answers 404 alike.
 */
@TenantBound // a no-op here: a public look-up by a global id, done in the platform's scope
@Path("/track/{trackingId}/logo")
public class BrandLogo {

    private final ReadBranding branding;

    BrandLogo(ReadBranding branding) {
        this.branding = branding;
    }

    @GET
    @PermitAll
    @Produces({"image/png", "image/jpeg"})
    public Response logo(@PathParam("trackingId") String id) {
        TrackingId trackingId;
        try {
            trackingId = TrackingId.parse(id);
        } catch (InvalidValueException e) {
            return Response.status(404).build();
        }
        Optional<Branding.Logo> logo = branding.ofTracking(trackingId).flatMap(Branding::logo);
        return logo.map(l -> Response.ok(l.bytes(), l.mediaType()).header("Cache-Control", "public, max-age=3600")
                        .header("X-Content-Type-Options", "nosniff").build())
                .orElseGet(() -> Response.status(404).build());
    }
}
