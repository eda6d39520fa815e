package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryApiKeys;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.IssueApiKey.Issued;
import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final ApiKeyService service = new ApiKeyService(keys);

    @Test
    void anIssuedKeyAuthenticatesItsHolder() {
        Issued issued = service.issue("shop-frontend", Role.INTEGRATOR);

        assertThat(issued.name()).isEqualTo("shop-frontend");
        assertThat(issued.role()).isEqualTo(Role.INTEGRATOR);
        assertThat(issued.key()).matches("wb_[A-Za-z0-9_-]{43}");
        assertThat(service.authenticate(issued.key())).contains(new Principal("shop-frontend", Role.INTEGRATOR));
        assertThat(service.authenticate("  " + issued.key() + "\n")).as("surrounding whitespace is forgiven")
                .contains(new Principal("shop-frontend", Role.INTEGRATOR));
    }

    @Test
    void onlyTheHashOfAKeyIsStored() {
        Issued issued = service.issue("ops-console", Role.OPERATOR);

        assertThat(keys.stored()).containsExactly(new StoredKey("ops-console", Role.OPERATOR, ApiKeyService.sha256(issued.key())));
        assertThat(keys.stored().getFirst().sha256Hex()).matches("[0-9a-f]{64}");
        assertThat(keys.stored().toString()).doesNotContain(issued.key()).doesNotContain(issued.key().substring(3));
    }

    @Test
    void hashesWithSha256() {
        assertThat(ApiKeyService.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void unknownAndMalformedKeysAuthenticateNobody() {
        Issued issued = service.issue("shop-frontend", Role.ADMIN);

        assertThat(service.authenticate("wb_not-a-key-anyone-was-given")).isEmpty();
        assertThat(service.authenticate(issued.key().substring(0, issued.key().length() - 1))).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
        assertThat(service.authenticate("   ")).isEmpty();
        assertThat(service.authenticate("x".repeat(257))).isEmpty();
    }

    @Test
    void issuingANameAgainRotatesItsKey() {
        Issued old = service.issue("warehouse-berlin", Role.INTEGRATOR);
        Issued rotated = service.issue("warehouse-berlin", Role.INTEGRATOR);

        assertThat(rotated.key()).isNotEqualTo(old.key());
        assertThat(service.authenticate(old.key())).isEmpty();
        assertThat(service.authenticate(rotated.key())).contains(new Principal("warehouse-berlin", Role.INTEGRATOR));
        assertThat(keys.stored()).hasSize(1);
    }

    @Test
    void aRegisteredKeyAuthenticatesAndIsStoredHashed() {
        service.register("demo", Role.ADMIN, "wb_demo-key-for-the-docs");

        assertThat(service.authenticate("wb_demo-key-for-the-docs")).contains(new Principal("demo", Role.ADMIN));
        assertThat(keys.stored()).extracting(StoredKey::sha256Hex).containsExactly(ApiKeyService.sha256("wb_demo-key-for-the-docs"));
    }

    @Test
    void aKeyOfATenantAuthenticatesAsThatTenant() {
        service.register("acme-frontend", Role.INTEGRATOR, "wb_acme-key", new TenantId("acme"));

        assertThat(service.authenticate("wb_acme-key")).contains(new Principal("acme-frontend", Role.INTEGRATOR, new TenantId("acme")));
        assertThat(service.authenticate("wb_acme-key")).map(Principal::tenant).isNotEqualTo(Optional.of(TenantId.DEFAULT));
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        InMemoryApiKeys store = new InMemoryApiKeys();
        ApiKeyService service = new ApiKeyService(store);
        var issued = service.issue("partner", Role.INTEGRATOR);
        assertThat(service.authenticate(issued.key())).isPresent();
        service.revoke("partner");
        assertThat(service.authenticate(issued.key())).isEmpty();
    }
}
