package io.waybill.adapters.rest.pages;

import io.quarkus.qute.TemplateInstance;
import io.waybill.adapters.rest.pages.ConsoleModel.Shell;
import io.waybill.adapters.rest.pages.ConsoleSessions.Session;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;

/** What every page of the console answers with: its headers, the signed-in shell, and the cross-site check of forms. */
final class ConsoleAnswers {

    private ConsoleAnswers() {
    }

    static Shell shell(Session session, String section) {
        var p = session.principal();
        return new Shell(p.name(), p.tenant().value(), p.role().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                session.csrf(), section);
    }

    /**
     * A form posted from a page of another site, as the browser tells: by {@code Sec-Fetch-Site} where it sends it (all
     * current browsers), else by {@code Origin}. A client that sends neither (curl, an old browser) is let through: the
     * forms of a session carry a CSRF token, and the sign-in needs the key itself.
     */
    static boolean crossSite(String origin, String fetchSite, UriInfo uri) {
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        if (origin == null) {
            return false;
        }
        URI base = uri.getBaseUri();
        return !origin.equalsIgnoreCase(base.getScheme() + "://" + base.getAuthority());
    }

    static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
    }

    static Response html(int status, TemplateInstance page) {
        return guarded(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))).entity(page.render()).build();
    }

    /** The headers of every console answer: never cached, never framed, no referrer to other sites. */
    static Response.ResponseBuilder guarded(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }
}
