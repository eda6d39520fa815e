package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.Branding;
import java.util.Optional;

/** A tenant's admins set how the tenant's tracking page looks; every change is audited. */
public interface ManageBranding {

    /** The caller's tenant's branding, if it has one. */
    Optional<Branding> of(Principal caller);

    /**
     * Sets the name and colour shown (the logo stays).
     *
     * @throws NotPermittedException when the caller is not an admin
     */
    Branding set(Principal caller, String displayName, String colour);

    /**
     * Sets the logo.
     *
     * @throws java.util.NoSuchElementException when the tenant has no branding yet (set the name first)
     */
    Branding setLogo(Principal caller, Branding.Logo logo);
}
