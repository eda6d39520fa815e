package io.waybill.adapters.rest.carriers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * The settings under {@code waybill.carriers.<code>}: the shared secret a carrier signs its pushes with. A mapping
 * must name every key under its prefix, so it also accepts the poller's {@code poll.*} settings, which the poller's
 * wiring reads.
 */
@ConfigMapping(prefix = "waybill.carriers")
interface CarrierSettings {

    @WithParentName
    Map<String, Carrier> carriers();

    interface Carrier {

        /** The HMAC-SHA256 key of the carrier's pushes; without one the carrier cannot push. */
        Optional<String> secret();

        /** The poller's settings for the carrier (endpoint, authorization, rate, ...), not read here. */
        Map<String, String> poll();
    }

    /** The carrier's push secret, if one is set and not blank. */
    default Optional<String> secret(String carrier) {
        Carrier settings = carriers().get(carrier);
        return settings == null ? Optional.empty() : settings.secret().filter(s -> !s.isBlank());
    }
}
