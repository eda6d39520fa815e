package io.waybill.application.fakes;

import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test whose every method runs in the default tenant's scope, as a request with a default-tenant key would; a test
 * about another tenant enters that tenant's scope (or the platform's) inside. Works for {@code @QuarkusTest} classes
 * too: the callbacks are the test instance's own methods.
 */
public interface InDefaultTenant {

    /** The scope each test thread entered, closed after the test. */
    ThreadLocal<TenantScope.Entered> ENTERED = new ThreadLocal<>();

    @BeforeEach
    default void enterDefaultTenant() {
        ENTERED.set(TenantScope.enter(TenantId.DEFAULT));
    }

    @AfterEach
    default void leaveDefaultTenant() {
        TenantScope.Entered entered = ENTERED.get();
        ENTERED.remove();
        if (entered != null) {
            entered.close();
        }
    }
}
