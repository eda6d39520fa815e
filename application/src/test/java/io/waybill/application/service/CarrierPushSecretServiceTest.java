package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryCarrierPushSecrets;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingAuditTrail;
import io.waybill.application.port.in.ManageCarrierPushSecrets.Issued;
import io.waybill.application.port.in.ManageCarrierPushSecrets.NewSecret;
import io.waybill.application.port.in.ManageCarrierPushSecrets.PushKey;
import io.waybill.application.shared.PushScheme;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Setting, rotating with overlap, listing without secrets and revoking a tenant's push secrets. */
class CarrierPushSecretServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final CarrierCode UPS = new CarrierCode("ups");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final CarrierPushSecretService service = new CarrierPushSecretService(new InMemoryCarrierPushSecrets(), audit, clock,
            Duration.ofHours(24));

    @Test
    void aGeneratedSecretIsShownOnceAndListedByFingerprintOnly() {
        Issued issued = service.put(ACME, new NewSecret(UPS, PushScheme.AFTERSHIP, Optional.empty(), Optional.empty()));

        assertThat(issued.generated()).get().asString().hasSize(43);
        assertThat(issued.secret().fingerprint()).startsWith("sha256:").hasSize(23)
                .isEqualTo(CarrierPushSecretService.fingerprint(issued.generated().get()));
        assertThat(service.list(ACME)).singleElement().satisfies(s -> {
            assertThat(s.fingerprint()).isEqualTo(issued.secret().fingerprint());
            assertThat(s.toString()).doesNotContain(issued.generated().get());
        });
        assertThat(service.keys(ACME, UPS)).containsExactly(new PushKey(PushScheme.AFTERSHIP, issued.generated().get(), false));
    }

    @Test
    void theReplacedSecretVerifiesUntilTheEndOfTheOverlapOnly() {
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("first-secret"), Optional.empty()));
        service.put(ACME, new NewSecret(UPS, PushScheme.EASYPOST, Optional.of("second-secret"), Optional.of(Duration.ofHours(2))));

        assertThat(service.keys(ACME, UPS)).containsExactly(new PushKey(PushScheme.EASYPOST, "second-secret", false),
                new PushKey(PushScheme.WAYBILL, "first-secret", true));
        assertThat(service.list(ACME).getFirst().previous()).get()
                .satisfies(p -> assertThat(p.validUntil()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z")));

        clock.advance(Duration.ofHours(2));
        assertThat(service.keys(ACME, UPS)).containsExactly(new PushKey(PushScheme.EASYPOST, "second-secret", false));
        assertThat(service.list(ACME).getFirst().previous()).isEmpty();
    }

    @Test
    void aZeroOverlapEndsTheReplacedSecretAtOnceAndRotatingAgainEndsTheOlderOne() {
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("first-secret"), Optional.empty()));
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("second-secret"), Optional.empty()));
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("third-secret"), Optional.of(Duration.ZERO)));

        assertThat(service.keys(ACME, UPS)).extracting(PushKey::secret).containsExactly("third-secret");
    }

    @Test
    void tenantsDoNotShareSecretsAndRevocationEndsBothAtOnce() {
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("first-secret"), Optional.empty()));
        service.put(ACME, new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("second-secret"), Optional.empty()));

        assertThat(service.keys(GLOBEX, UPS)).isEmpty();
        assertThat(service.list(GLOBEX)).isEmpty();
        assertThat(service.revoke(GLOBEX, UPS)).isFalse();
        assertThat(service.revoke(ACME, UPS)).isTrue();
        assertThat(service.keys(ACME, UPS)).isEmpty();
        assertThat(audit.changes()).extracting(c -> c.action())
                .containsExactly("push-secret.set", "push-secret.rotated", "push-secret.revoked");
    }

    @Test
    void aShortSecretOrAnOverlapBeyondThirtyDaysIsRefused() {
        assertThatThrownBy(() -> new NewSecret(UPS, PushScheme.WAYBILL, Optional.of("short"), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("8 to 256");
        assertThatThrownBy(() -> new NewSecret(UPS, PushScheme.WAYBILL, Optional.empty(), Optional.of(Duration.ofDays(31))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("P30D");
        assertThatThrownBy(() -> PushScheme.parse("stripe")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("waybill, easypost, aftership");
    }
}
