package io.waybill.adapters.carriers.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An RFC 9457 problem detail, as Waybill's own API answers them (the REST adapter's {@code Problem}): the simulator
 * refuses like the rest of the application, without depending on the REST adapter.
 */
record SimulatorProblem(URI type, String title, int status, String detail) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://waybill.io/problems/";

    static SimulatorProblem of(String slug, String title, int status, String detail) {
        return new SimulatorProblem(URI.create(TYPES + slug), title, status, detail);
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
