package io.waybill.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void isStoredLowerCase() {
        assertThat(new TenantId("Acme-Shop").value()).isEqualTo("acme-shop");
        assertThat(TenantId.DEFAULT.value()).isEqualTo("default");
    }

    @Test
    void refusesWhatIsNoSlug() {
        for (String bad : new String[] {"a", "-acme", "acme shop", "acme/../x", "a".repeat(41), "acme\u0000"}) {
            assertThatThrownBy(() -> new TenantId(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("tenant");
        }
        assertThatThrownBy(() -> new TenantId(null)).isInstanceOf(InvalidValueException.class);
    }
}
