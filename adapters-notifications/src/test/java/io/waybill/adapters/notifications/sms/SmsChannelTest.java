package io.waybill.adapters.notifications.sms;

import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.CARRIER;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.ORDER_NUMBER;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.PHONE;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.PROOF;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.TRACKING_LINK;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.WINDOW;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anEmail;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.notifications.testing.SmtpServers;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.CustomerChannels.Kind;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Customer SMS rendered from the Qute message bundles and handed to the simulated provider of the running application. */
@QuarkusTest
@WithTestResource(SmtpServers.class)
class SmsChannelTest {

    /** The GSM 7-bit basic character set, without the escape table: what fits 160 to an SMS. */
    private static final Pattern GSM_7 = Pattern.compile(
            "[@£$¥èéùìòÇ\\nØø\\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,\\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*");

    @Inject
    SmsChannel sms;

    @Inject
    SimulatedSmsProvider provider;

    @Test
    void aShipmentInEnglishAndInGerman() {
        CustomerMessage english = anSms().kind(Kind.SHIPPED).build();
        CustomerMessage german = anSms().kind(Kind.SHIPPED).in(Locale.GERMAN).build();

        sms.send(english);
        sms.send(german);

        assertThat(sent(english).text())
                .isEqualTo("Order " + ORDER_NUMBER + " has shipped with " + CARRIER + ". Track: " + TRACKING_LINK);
        assertThat(sent(german).text())
                .isEqualTo("Bestellung " + ORDER_NUMBER + " ist unterwegs mit " + CARRIER + ". Verfolgen: " + TRACKING_LINK);
        assertThat(sent(german).to()).isEqualTo(PHONE);
    }

    @Test
    void outForDeliveryAndDeliveredTellTheirFacts() {
        assertThat(sms.text(anSms().kind(Kind.OUT_FOR_DELIVERY).in(Locale.GERMAN).build()))
                .isEqualTo("Bestellung " + ORDER_NUMBER + " kommt heute, " + WINDOW + ". Verfolgen: " + TRACKING_LINK);
        assertThat(sms.text(anSms().kind(Kind.DELIVERED).build()))
                .isEqualTo("Order " + ORDER_NUMBER + " was delivered (" + PROOF + ").");
    }

    @Test
    void aRepeatIsRecordedOnce() {
        CustomerMessage message = anSms().kind(Kind.DELIVERED).build();

        sms.send(message);
        sms.send(message);

        assertThat(provider.recent()).filteredOn(s -> s.idempotencyKey().equals(message.idempotencyKey())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyTextFitsOneSms(Kind kind) {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            String full = sms.text(anSms().kind(kind).in(language).build());
            String bare = sms.text(anSms().kind(kind).in(language).withoutFacts().build());

            assertThat(full).hasSizeLessThanOrEqualTo(SmsChannel.SMS_LENGTH).matches(GSM_7);
            assertThat(bare).hasSizeLessThanOrEqualTo(SmsChannel.SMS_LENGTH).matches(GSM_7)
                    .doesNotContainIgnoringCase("null")
                    .doesNotContain("{", "}", "  ", " .", " ,", ":.", "()", "http");
        }
        assertThat(sms.text(anSms().kind(kind).build())).isNotEqualTo(sms.text(anSms().kind(kind).in(Locale.GERMAN).build()));
    }

    @Test
    void aLongReasonIsShortenedAndTheLinkKept() {
        String reason = "The parcel was damaged in the sorting centre and is being returned to the sender for inspection"
                + " and replacement.";
        String text = sms.text(anSms().kind(Kind.EXCEPTION).detail(reason).build());

        assertThat(text).hasSize(SmsChannel.SMS_LENGTH)
                .startsWith("Problem with the delivery of order " + ORDER_NUMBER + ": The parcel was damaged")
                .contains("... Details: ")
                .endsWith(TRACKING_LINK);
    }

    @Test
    void aReasonsOwnFullStopIsNotDoubled() {
        assertThat(sms.text(anSms().kind(Kind.CANCELLED).detail("Out of stock.").build()))
                .isEqualTo("Order " + ORDER_NUMBER + " was cancelled: Out of stock.");
    }

    @Test
    void theTextIsPlainNotEscaped() {
        assertThat(sms.text(anSms().kind(Kind.CANCELLED).detail("Damaged & returned <ref 42>").build()))
                .isEqualTo("Order " + ORDER_NUMBER + " was cancelled: Damaged & returned <ref 42>.");
    }

    @Test
    void aNumberWrittenWithSpacesIsSentInE164() {
        CustomerMessage message = anSms().to("+49 170 123-4567").build();

        sms.send(message);

        assertThat(sent(message).to()).isEqualTo("+491701234567");
    }

    @Test
    void whatIsNoPhoneNumberIsRefusedForGood() {
        CustomerMessage message = anSms().to("0170 1234567").build();

        assertThatThrownBy(() -> sms.send(message))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.permanent()).isTrue());
        assertThat(provider.recent()).noneMatch(s -> s.idempotencyKey().equals(message.idempotencyKey()));
    }

    @Test
    void anEmailIsNotForThisChannel() {
        assertThatThrownBy(() -> sms.send(anEmail().build())).isInstanceOf(IllegalArgumentException.class);
    }

    private SentSms sent(CustomerMessage message) {
        return provider.recent().stream().filter(s -> s.idempotencyKey().equals(message.idempotencyKey())).findFirst()
                .orElseThrow(() -> new AssertionError("not sent: " + message.idempotencyKey()));
    }
}
