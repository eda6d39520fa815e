package io.waybill.adapters.rest.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.waybill.application.port.in.AuthenticateApiKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a presented key into an identity with its role names, its tenant ({@link TenantBinding}) and the whole principal
 * with its scopes ({@link CallerKey}); an unknown, revoked or expired key fails authentication.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final AuthenticateApiKey authenticateApiKey;

    ApiKeyIdentityProvider(AuthenticateApiKey authenticateApiKey) {
        this.authenticateApiKey = authenticateApiKey;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> authenticateApiKey.authenticate(request.key())
                .map(principal -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(principal.name()))
                        .addRoles(Roles.of(principal.role()))
                        .addAttribute(TenantBinding.ATTRIBUTE, principal.tenant())
                        .addAttribute(CallerKey.ATTRIBUTE, principal)
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API key")));
    }
}
