package io.waybill.application.port.in;

/** No key of that name in that tenant, or none the caller may see (another tenant's key is not disclosed). */
public class ApiKeyNotFoundException extends RuntimeException {

    public ApiKeyNotFoundException(String tenant, String name) {
        super("no API key '" + name + "' in tenant " + tenant);
    }
}
