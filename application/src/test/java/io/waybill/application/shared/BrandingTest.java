package io.waybill.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A branding's colour must read on white at WCAG AA; a logo must be the PNG or JPEG it claims to be. */
class BrandingTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void contrastIsTheWcagRatioWithWhite() {
        assertThat(Branding.contrastWithWhite("#000000")).isCloseTo(21.0, offset(0.01));
        assertThat(Branding.contrastWithWhite("#ffffff")).isCloseTo(1.0, offset(0.01));
        // Waybill's own accent and a mid grey, by the WCAG formula: 6.70:1 and 4.54:1
        assertThat(Branding.contrastWithWhite("#1d4ed8")).isCloseTo(6.70, offset(0.01));
        assertThat(Branding.contrastWithWhite("#767676")).isCloseTo(4.54, offset(0.01));
    }

    @Test
    void aColourTooLightForWhiteTextIsRefusedWithItsContrast() {
        assertThat(new Branding("ACME", "#0F5132", Optional.empty()).colour()).isEqualTo("#0f5132");
        assertThat(new Branding("ACME", null, Optional.empty()).colour()).isNull();
        assertThatThrownBy(() -> new Branding("ACME", "#ffcc00", Optional.empty())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1.").hasMessageContaining("4.5:1");
        assertThatThrownBy(() -> new Branding("ACME", "red", Optional.empty())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("#1d4ed8");
        assertThatThrownBy(() -> new Branding(" ", "#000000", Optional.empty())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aLogoMustBeWhatItsTypeSays() {
        assertThat(new Branding.Logo(PNG, "image/png; charset=x".split(";")[0]).mediaType()).isEqualTo("image/png");
        assertThat(new Branding.Logo(JPEG, "IMAGE/JPEG").mediaType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> new Branding.Logo(JPEG, "image/png")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("with JPEG bytes");
        assertThatThrownBy(() -> new Branding.Logo("<svg onload=alert(1)>".getBytes(), "image/svg+xml"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> new Branding.Logo(new byte[Branding.MAX_LOGO_BYTES + 1], "image/png"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("100 KB");
    }
}
