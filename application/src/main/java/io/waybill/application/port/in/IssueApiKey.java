package io.waybill.application.port.in;

import io.waybill.application.shared.Role;
import io.waybill.domain.shared.InvalidValueException;

/** Issues a new API key; the key is shown once, only its hash is stored. */
public interface IssueApiKey {

    Issued issue(String name, Role role);

    record Issued(String name, Role role, String key) {

        public Issued {
            InvalidValueException.requiredText(name, "name", 64);
            InvalidValueException.required(role, "role");
        }
    }
}
