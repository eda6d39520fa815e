package io.waybill.adapters.rest.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.Scope;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request its key's scopes do not cover, with a 403 problem: reading needs {@code read}, posting events
 * ({@link EventIntake}) needs {@code events}, every other change {@code write}. Roles still decide which operations a key
 * reaches at all; scopes only narrow them. Requests without a key pass: their endpoints decide on their own.
 */
@Singleton
public class ScopeCheck {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private final CurrentIdentityAssociation identities;

    ScopeCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        Scope needed = needed(request.getMethod(), resource);
        // the deferred identity: with authentication at the resource, it may not be established yet at this point. A key
        // that fails authentication is not this filter's business: a public endpoint ignores it, a guarded one answers 401
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .map(identity -> identity == null ? null : refusal(identity, needed, request));
    }

    static Scope needed(String method, ResourceInfo resource) {
        if (READING.contains(method)) {
            return Scope.READ;
        }
        boolean events = resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(EventIntake.class);
        return events ? Scope.EVENTS : Scope.WRITE;
    }

    private static Response refusal(SecurityIdentity identity, Scope needed, ContainerRequestContext request) {
        Principal principal = identity.isAnonymous() ? null : identity.getAttribute(CallerKey.ATTRIBUTE);
        if (principal == null || principal.scopes().contains(needed)) {
            return null;
        }
        String held = principal.scopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(", "));
        return Problem.of("forbidden", "Not allowed for this key", 403, "this API key's scopes (" + held + ") do not include "
                + needed.wireName() + ", which this request needs; ask an administrator for a key with that scope")
                .at(request.getUriInfo().getPath()).toResponse();
    }
}
