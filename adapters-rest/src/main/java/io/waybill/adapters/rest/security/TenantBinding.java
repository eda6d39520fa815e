package io.waybill.adapters.rest.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a {@link TenantBound} resource method in the scope of the caller's tenant, taken from its key's identity. The
 * identity is read only if the request was authenticated already (every guarded method is, before it runs): a public
 * method is not made to authenticate a key it ignores.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantBinding {

    /** The identity attribute holding the caller's {@link TenantId}, put there by {@link ApiKeyIdentityProvider}. */
    static final String ATTRIBUTE = "waybill.tenant";

    @Inject
    CurrentVertxRequest request;

    @AroundInvoke
    Object inCallersTenant(InvocationContext invocation) throws Exception {
        RoutingContext context = request.getCurrent();
        SecurityIdentity identity = context != null && context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        TenantId tenant = identity == null || identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
        if (tenant == null) {
            return invocation.proceed();
        }
        return TenantScope.call(tenant, invocation::proceed);
    }
}
