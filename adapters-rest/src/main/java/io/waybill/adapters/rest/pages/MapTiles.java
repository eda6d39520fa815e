package io.waybill.adapters.rest.pages;

import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Where the tracking page's map gets its background: a tile server's URL template ({@code https://tiles.example.org/{z}/{x}/{y}.png})
 * and the attribution its licence asks for, or, with no URL, the outline of the world the application ships, so the
 * map needs nothing from elsewhere. A URL that is not http(s) with {@code {z}}, {@code {x}} and {@code {y}} is ignored
 * with a warning at start-up: a mistyped setting costs the background, never the page.
 */
public record MapTiles(String url, String attribution) {

    private static final Logger LOG = Logger.getLogger(MapTiles.class);
    private static final Pattern TEMPLATE = Pattern.compile("https?://[^\\s\"'<>]+");

    public MapTiles {
        url = url == null || url.isBlank() ? null : url.strip();
        attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        if (url != null && !usable(url)) {
            LOG.warnf("waybill.tracking.map.tile-url is not an http(s) URL with {z}, {x} and {y}: the map shows the "
                    + "built-in outline instead (got '%s')", url);
            url = null;
        }
    }

    static boolean usable(String url) {
        return TEMPLATE.matcher(url).matches() && url.contains("{z}") && url.contains("{x}") && url.contains("{y}");
    }
}
