package io.waybill.application.port.in;

/** No such tenant, or one the caller may not see (another tenant is not disclosed to a tenant admin). */
public class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException(String tenant) {
        super("no tenant " + tenant);
    }
}
