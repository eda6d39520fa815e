package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.AuthenticateApiKey;
import io.waybill.application.port.in.IssueApiKey;
import io.waybill.application.shared.Role;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One known key per role, plus the keys issued through the API; an issued key authenticates like the real ones. */
@Singleton
public class TestApiKeys implements AuthenticateApiKey, IssueApiKey {

    public static final String INTEGRATOR = "test-integrator-key";
    public static final String OPERATOR = "test-operator-key";
    public static final String ADMIN = "test-admin-key";

    /** The principal names of the known keys, which own what they create (webhooks, disruptions). */
    public static final String INTEGRATOR_NAME = "shop";
    public static final String OPERATOR_NAME = "ops";

    private final Map<String, Principal> keys = new ConcurrentHashMap<>();

    public TestApiKeys() {
        reset();
    }

    /** Forgets the issued keys. */
    public final void reset() {
        keys.clear();
        keys.put(INTEGRATOR, new Principal(INTEGRATOR_NAME, Role.INTEGRATOR));
        keys.put(OPERATOR, new Principal(OPERATOR_NAME, Role.OPERATOR));
        keys.put(ADMIN, new Principal("root", Role.ADMIN));
    }

    @Override
    public Optional<Principal> authenticate(String presentedKey) {
        return Optional.ofNullable(keys.get(presentedKey));
    }

    @Override
    public Issued issue(String name, Role role) {
        String key = "wb_issued_" + name;
        keys.put(key, new Principal(name, role));
        return new Issued(name, role, key);
    }
}
