package io.waybill.application.port.in;

import io.waybill.application.shared.Role;
import java.util.Optional;

/** Tells who presents an API key: its name and role, or nothing for an unknown or revoked key. */
public interface AuthenticateApiKey {

    Optional<Principal> authenticate(String presentedKey);

    record Principal(String name, Role role) {
    }
}
