package io.waybill.adapters.epcis.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gs1KeysTest {

    @Test
    void readsAGlnFromAnSglnOrADigitalLink() {
        assertThat(Gs1Keys.gln("urn:epc:id:sgln:4012345.00001.0")).contains("4012345000016");
        assertThat(Gs1Keys.gln("urn:epc:id:sgln:4012345.00011.987")).contains("4012345000115");
        assertThat(Gs1Keys.gln("https://id.gs1.org/414/4012345000016")).contains("4012345000016");
        assertThat(Gs1Keys.gln("https://example.com/gln/4012345000016/254/7?x=1")).contains("4012345000016");
    }

    @Test
    void refusesAWrongCheckDigitOrAnotherKey() {
        assertThat(Gs1Keys.gln("https://id.gs1.org/414/4012345000017")).isEmpty();
        assertThat(Gs1Keys.gln("urn:epc:id:sgln:4012345.0001.0")).isEmpty();
        assertThat(Gs1Keys.gln("urn:epc:id:sscc:4012345.0000000333")).isEmpty();
        assertThat(Gs1Keys.gln(null)).isEmpty();
    }

    @Test
    void readsAnSsccFromAnUrnOrADigitalLink() {
        assertThat(Gs1Keys.sscc("urn:epc:id:sscc:4012345.0000000333")).contains("040123450000003338");
        assertThat(Gs1Keys.sscc("https://id.gs1.org/00/040123450000003338")).contains("040123450000003338");
        assertThat(Gs1Keys.sscc("https://id.gs1.org/00/040123450000003339")).isEmpty();
        assertThat(Gs1Keys.sscc("urn:epc:id:sgln:4012345.00001.0")).isEmpty();
    }

    @Test
    void computesTheCheckDigit() {
        assertThat(Gs1Keys.checkDigit("401234500001")).isEqualTo(6);
        assertThat(Gs1Keys.checkDigit("04012345000000333")).isEqualTo(8);
        assertThat(Gs1Keys.hasValidCheckDigit("04012345111118")).isTrue();
    }
}
