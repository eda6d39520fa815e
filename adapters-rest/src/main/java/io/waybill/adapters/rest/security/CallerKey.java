package io.waybill.adapters.rest.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * The API key that authenticated this request, as the application sees it (name, role, tenant, scopes): what the
 * administration use cases check their caller against, and who the audit log names.
 */
@RequestScoped
public class CallerKey {

    /** The identity attribute holding the caller's {@link Principal}. */
    public static final String ATTRIBUTE = "waybill.principal";

    private final SecurityIdentity identity;

    CallerKey(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's key; only asked for on endpoints that require one, so an anonymous caller never gets here. */
    public Principal principal() {
        Principal principal = identity.getAttribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("no API key on this request: the endpoint must require a role");
        }
        return principal;
    }

    /** Who the audit log names for this request: the key, or Waybill itself when there is none. */
    public Actor actor() {
        Principal principal = identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
        return principal == null ? Actor.SYSTEM : principal.actor();
    }
}
