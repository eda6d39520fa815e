package io.waybill.adapters.rest.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented with a request. */
final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
