/** API-key authentication: the key presented in X-API-Key or as a bearer token, mapped to a role. */
package io.waybill.adapters.rest.security;
