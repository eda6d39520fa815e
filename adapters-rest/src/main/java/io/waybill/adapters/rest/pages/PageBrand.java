package io.waybill.adapters.rest.pages;

import io.waybill.application.shared.Branding;
import java.util.Optional;

/**
 * The tenant's branding as the tracking page shows it: the name in the header, the accent colour (checked for
 * contrast when it was set), and the logo's address on this site, named by the tracking ID (so the page never shows
 * which tenant it is by id).
 */
record PageBrand(String name, String colour, String logoUrl) {

    static PageBrand of(Optional<Branding> branding, String trackingId) {
        return branding.map(b -> new PageBrand(b.displayName(), b.colour(),
                b.logo().isPresent() ? "/track/" + trackingId + "/logo" : null)).orElse(null);
    }
}
