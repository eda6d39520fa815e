package io.waybill.adapters.notifications.customer;

import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.EMAIL;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anEmail;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anSms;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.notifications.email.EmailChannel;
import io.waybill.adapters.notifications.sms.SentSms;
import io.waybill.adapters.notifications.sms.SimulatedSmsProvider;
import io.waybill.adapters.notifications.testing.InjectGreenMail;
import io.waybill.adapters.notifications.testing.SmtpServers;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** What the application gets injected: one {@link CustomerChannels}, sending each message by the channel it names. */
@QuarkusTest
@WithTestResource(SmtpServers.class)
class CustomerChannelsByTypeTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    CustomerChannels channels;

    @Inject
    @Any
    Instance<CustomerChannels> everyCustomerChannels;

    @Inject
    SimulatedSmsProvider smsProvider;

    @Test
    void isTheOnlyBeanOfThePort() {
        assertThat(everyCustomerChannels.handlesStream()).singleElement()
                .satisfies(h -> assertThat(h.getBean().getBeanClass()).isEqualTo(CustomerChannelsByType.class));
    }

    @Test
    void anEmailGoesByMailAndAnSmsToTheSmsProvider() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        CustomerMessage email = anEmail().build();
        CustomerMessage sms = anSms().build();

        channels.send(email);
        channels.send(sms);

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getRecipients(RecipientType.TO)[0].toString()).isEqualTo(EMAIL);
        assertThat(received.getHeader(EmailChannel.IDEMPOTENCY_HEADER, null)).isEqualTo(email.idempotencyKey());
        assertThat(smsProvider.recent()).extracting(SentSms::idempotencyKey)
                .contains(sms.idempotencyKey()).doesNotContain(email.idempotencyKey());
    }
}
