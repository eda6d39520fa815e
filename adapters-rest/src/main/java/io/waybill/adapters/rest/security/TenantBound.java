package io.waybill.adapters.rest.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every resource method of the class runs in the tenant scope of the API key that authenticated the request
 * ({@link TenantBinding}); a request without a key runs in no scope, where tenant data is out of reach. Every resource
 * class carries it (the architecture test checks).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantBound {
}
