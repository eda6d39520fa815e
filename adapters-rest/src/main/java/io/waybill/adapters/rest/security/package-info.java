/**
 * API-key authentication: the key presented in X-API-Key or as a bearer token, mapped to its role names, its tenant and
 * its scopes, which {@code ScopeCheck} enforces on every request.
 */
package io.waybill.adapters.rest.security;
