package io.waybill.archfixture.adapters.gamma.inbound;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Violations: an HTTP resource outside the REST adapter, answering with maps (also nested in a list), reading its
 * settings through the static ConfigProvider.
 */
@Path("/gamma")
public class MapAnsweringResource {

    @GET
    public List<Map<String, Object>> list() {
        return List.of(Map.of("limit", ConfigProvider.getConfig().getValue("gamma.limit", Integer.class)));
    }
}
