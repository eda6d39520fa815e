package io.waybill.adapters.rest.security;

/** Role names as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String INTEGRATOR = "integrator";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
