package io.waybill.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void masksEmailAddressesAndPhoneNumbersAndKeepsWhatAnOperatorNeeds() {
        assertThat(LogText.withoutContacts("SMTP server replied 550 5.1.1 <jane.doe+shop@example.org>: Recipient address rejected"))
                .isEqualTo("SMTP server replied 550 5.1.1 <<e-mail>>: Recipient address rejected");
        assertThat(LogText.withoutContacts("provider refused +49 170 1234567 and 0044 20 7946 0958 (code 21211)"))
                .isEqualTo("provider refused <phone> and <phone> (code 21211)");
        assertThat(LogText.withoutContacts("receiver answered 410 at 2026-12-02T10:00:00+01:00"))
                .as("times and status codes stay").isEqualTo("receiver answered 410 at 2026-12-02T10:00:00+01:00");
        assertThat(LogText.withoutContacts(null)).isNull();
    }
}
