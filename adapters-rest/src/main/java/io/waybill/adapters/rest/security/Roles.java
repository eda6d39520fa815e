package io.waybill.adapters.rest.security;

import io.waybill.application.shared.Role;
import java.util.Locale;
import java.util.Set;

/** Role names as used in {@code @RolesAllowed}, and the names each key role holds. */
public final class Roles {

    public static final String INTEGRATOR = "integrator";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";
    /** Holds {@link #ADMIN} too: a platform admin may do everything a tenant admin may, in the default tenant. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }

    /** The role names a key of {@code role} holds. */
    public static Set<String> of(Role role) {
        return switch (role) {
            case INTEGRATOR -> Set.of(INTEGRATOR);
            case OPERATOR -> Set.of(OPERATOR);
            case ADMIN -> Set.of(ADMIN);
            case PLATFORM_ADMIN -> Set.of(ADMIN, PLATFORM_ADMIN);
        };
    }

    /** The wire name of a role: {@code integrator}, {@code operator}, {@code admin}, {@code platform-admin}. */
    public static String name(Role role) {
        return role == Role.PLATFORM_ADMIN ? PLATFORM_ADMIN : role.name().toLowerCase(Locale.ROOT);
    }
}
