package io.waybill.adapters.epcis.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The value rules of the pre-hash string, one by one (the published examples cover them only together). */
class CanonicalValuesTest {

    @Test
    void timestampsAreUtcToTheMillisecondRoundedHalfUp() {
        assertThat(CanonicalValues.timestamp("2020-03-04T11:00:30+01:00")).isEqualTo("2020-03-04T10:00:30.000Z");
        assertThat(CanonicalValues.timestamp("2023-01-18T11:04:03.1415Z")).isEqualTo("2023-01-18T11:04:03.142Z");
        assertThat(CanonicalValues.timestamp("2023-01-18T11:04:03.1414999Z")).isEqualTo("2023-01-18T11:04:03.141Z");
        // the standard's rule; the reference generator rounds this one half-even, to .142
        assertThat(CanonicalValues.timestamp("2023-01-18T11:04:03.1425Z")).isEqualTo("2023-01-18T11:04:03.143Z");
        assertThat(CanonicalValues.timestamp("2023-12-31T23:59:59.9999Z")).isEqualTo("2024-01-01T00:00:00.000Z");
        assertThat(CanonicalValues.timestamp("yesterday")).isEqualTo("yesterday");
    }

    @Test
    void numbersLoseTrailingZeros() {
        assertThat(CanonicalValues.number("452.0")).isEqualTo("452");
        assertThat(CanonicalValues.number("0.3434000")).isEqualTo("0.3434");
        assertThat(CanonicalValues.number("+007")).isEqualTo("7");
        assertThat(CanonicalValues.number("1.0E20")).isEqualTo("100000000000000000000");
        assertThat(CanonicalValues.number("0.00001")).isEqualTo("1e-05");
        assertThat(CanonicalValues.number("-477979.89")).isEqualTo("-477979.89");
        assertThat(CanonicalValues.number("A93")).isEqualTo("A93");
    }

    @Test
    void identifiersBecomeCanonicalDigitalLinks() {
        assertThat(CanonicalValues.value("urn:epc:id:sgtin:0614141.107346.2017")).isEqualTo("https://id.gs1.org/01/10614141073464/21/2017");
        assertThat(CanonicalValues.value("urn:epc:id:sgln:4012345.00005.0")).isEqualTo("https://id.gs1.org/414/4012345000054");
        assertThat(CanonicalValues.value("urn:epc:class:lgtin:4012345.012345.Lot987")).isEqualTo("https://id.gs1.org/01/04012345123456/10/Lot987");
        assertThat(CanonicalValues.value("https://example.com/gtin/9780345418913/lot/A/ser/765tz?abc=1"))
                .isEqualTo("https://id.gs1.org/01/09780345418913/21/765tz");
        assertThat(CanonicalValues.value("https://id.gs1.org/01/09780345418913/22/2A/21/7"))
                .isEqualTo("https://id.gs1.org/01/09780345418913/21/7");
        assertThat(CanonicalValues.value("urn:epcglobal:cbv:bizstep:receiving")).isEqualTo("https://ref.gs1.org/cbv/BizStep-receiving");
        assertThat(CanonicalValues.value("http://transaction.acme.com/po/12345678")).isEqualTo("http://transaction.acme.com/po/12345678");
    }
}
