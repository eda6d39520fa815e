package io.waybill.adapters.notifications.email;

import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.CARRIER;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.CARRIER_NUMBER;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.DETAIL;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.EMAIL;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.ORDER_NUMBER;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.PROOF;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.TRACKING_ID;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.TRACKING_LINK;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.WINDOW;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anEmail;
import static io.waybill.adapters.notifications.testing.CustomerMessageTestData.anSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.notifications.testing.InjectGreenMail;
import io.waybill.adapters.notifications.testing.ReceivedMail;
import io.waybill.adapters.notifications.testing.SmtpServers;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.CustomerChannels.Kind;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Customer e-mail sent through the Quarkus mailer to a real SMTP server (GreenMail), and read back as a mail client would. */
@QuarkusTest
@WithTestResource(SmtpServers.class)
class EmailChannelTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EmailChannel email;

    @Inject
    Mailer greenMailServer;

    @Inject
    @MailerName(SmtpServers.REFUSING)
    Mailer refusingServer;

    @Inject
    @MailerName(SmtpServers.UNREACHABLE)
    Mailer unreachableServer;

    @Inject
    @Any
    Instance<EmailTexts> texts;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void anOrderConfirmationInEnglish() {
        CustomerMessage message = anEmail().kind(Kind.ORDER_CONFIRMED).build();

        email.send(message);

        ReceivedMail mail = single();
        assertThat(mail.to()).containsExactly(EMAIL);
        assertThat(mail.from()).isEqualTo(EmailChannel.DEFAULT_FROM);
        assertThat(mail.subject()).isEqualTo("Order " + ORDER_NUMBER + " confirmed");
        assertThat(mail.text()).startsWith("Hello Anna Becker,")
                .contains("Thank you for your order " + ORDER_NUMBER + ".")
                .contains("Follow your order: " + TRACKING_LINK)
                .contains("Tracking ID: " + TRACKING_ID);
        assertThat(mail.html()).contains("<html lang=\"en\">")
                .contains("<a href=\"" + TRACKING_LINK + "\"")
                .contains("Tracking ID: " + TRACKING_ID);
        assertThat(mail.idempotencyKey()).isEqualTo(message.idempotencyKey());
        assertThat(mail.messageId()).isEqualTo("<" + message.idempotencyKey() + "@waybill.example>");
    }

    @Test
    void aDeliveryInGermanWithItsProof() {
        email.send(anEmail().kind(Kind.DELIVERED).in(GERMAN).build());

        ReceivedMail mail = single();
        assertThat(mail.subject()).isEqualTo("Ihre Bestellung " + ORDER_NUMBER + " wurde zugestellt");
        assertThat(mail.text()).startsWith("Hallo Anna Becker,")
                .contains("Ihre Bestellung " + ORDER_NUMBER + " wurde zugestellt.")
                .contains("Zustellnachweis: " + PROOF)
                .contains("Bestellung verfolgen: " + TRACKING_LINK)
                .contains("Tracking-ID: " + TRACKING_ID);
        assertThat(mail.html()).contains("<html lang=\"de\">").contains("Zustellnachweis: " + PROOF);
    }

    @Test
    void subjectsWithUmlautsArriveIntact() {
        email.send(anEmail().kind(Kind.ORDER_CONFIRMED).in(GERMAN).build());

        assertThat(single().subject()).isEqualTo("Bestellung " + ORDER_NUMBER + " bestätigt");
    }

    @Test
    void eachKindTellsItsOwnFacts() {
        email.send(anEmail().kind(Kind.SHIPPED).build());
        email.send(anEmail().kind(Kind.OUT_FOR_DELIVERY).in(GERMAN).build());
        email.send(anEmail().kind(Kind.EXCEPTION).build());
        email.send(anEmail().kind(Kind.CANCELLED).in(GERMAN).build());

        List<ReceivedMail> mails = received(4);
        assertThat(mails.get(0).text()).contains("It travels with " + CARRIER + ", tracking number " + CARRIER_NUMBER + ".");
        assertThat(mails.get(1).text()).contains("wird heute zugestellt. Voraussichtliche Zustellzeit: " + WINDOW + ".");
        assertThat(mails.get(2).text()).contains("on the way with your order " + ORDER_NUMBER + ".\n\nReason: " + DETAIL
                + "\n\nWe are taking care of it");
        assertThat(mails.get(3).text()).contains("Grund: " + DETAIL);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownFactsLeaveTheirSentencesOut(Kind kind) {
        for (Locale language : List.of(Locale.ENGLISH, GERMAN)) {
            email.send(anEmail().kind(kind).in(language).withoutFacts().build());
        }

        List<ReceivedMail> mails = received(2);
        for (ReceivedMail mail : mails) {
            assertThat(List.of(mail.subject(), mail.text(), mail.html())).allSatisfy(part -> assertThat(part)
                    .doesNotContainIgnoringCase("null")
                    .doesNotContain("{", "}", "  ", " .", " ,", "<p></p>")
                    .doesNotContain("Tracking", "href"));
            assertThat(mail.subject()).doesNotEndWith(" ");
            assertThat(mail.text()).doesNotContain("\n\n\n");
        }
        assertThat(mails.get(0).text()).startsWith("Hello,\n\n");
        assertThat(mails.get(1).text()).startsWith("Hallo,\n\n");
        assertThat(mails.get(0).subject()).as("English and German differ").isNotEqualTo(mails.get(1).subject());
    }

    @Test
    void everyKindHasItsOwnSubjectInEachLanguage() {
        Set<String> subjects = new HashSet<>();
        for (Kind kind : Kind.values()) {
            for (Locale language : List.of(Locale.ENGLISH, GERMAN)) {
                subjects.add(email.compose(anEmail().kind(kind).in(language).build()).getSubject());
            }
        }
        assertThat(subjects).hasSize(Kind.values().length * 2).allSatisfy(s -> assertThat(s).contains(ORDER_NUMBER));
    }

    @Test
    void aLanguageWithoutTranslationGetsEnglishAndACountryItsLanguage() {
        email.send(anEmail().in(Locale.FRENCH).build());
        email.send(anEmail().in(Locale.forLanguageTag("de-AT")).build());

        List<ReceivedMail> mails = received(2);
        assertThat(mails.get(0).subject()).isEqualTo("Order " + ORDER_NUMBER + " confirmed");
        assertThat(mails.get(1).subject()).isEqualTo("Bestellung " + ORDER_NUMBER + " bestätigt");
    }

    @Test
    void customerDataCannotInjectMarkupAndIsEscapedOnce() {
        email.send(anEmail().kind(Kind.EXCEPTION).customerName("<script>alert(1)</script>")
                .detail("Damaged & returned to \"Depot 4\"").build());

        ReceivedMail mail = single();
        assertThat(mail.html()).doesNotContain("<script>", "&amp;amp;")
                .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,")
                .contains("Reason: Damaged &amp; returned to &quot;Depot 4&quot;");
        assertThat(mail.text()).startsWith("Hello <script>alert(1)</script>,")
                .contains("Reason: Damaged & returned to \"Depot 4\"");
    }

    @Test
    void aRepeatIsTheSameMessageToEveryMailSystem() {
        CustomerMessage message = anEmail().key("order-7f3a.confirmed.email").build();

        email.send(message);
        email.send(message);

        List<ReceivedMail> mails = received(2);
        assertThat(mails).extracting(ReceivedMail::messageId).containsOnly("<order-7f3a.confirmed.email@waybill.example>");
        assertThat(mails).extracting(ReceivedMail::idempotencyKey).containsOnly("order-7f3a.confirmed.email");
    }

    @Test
    void aKeyThatCannotStandInAMessageIdIsHashed() {
        String key = "order 7f3a/confirmed <email>@x";

        email.send(anEmail().key(key).build());

        ReceivedMail mail = single();
        assertThat(mail.idempotencyKey()).isEqualTo(key);
        assertThat(mail.messageId()).matches("<sha256-[0-9a-f]{64}@waybill\\.example>");
        assertThat(email.messageId(key)).as("the same key, the same id").isEqualTo(mail.messageId());
    }

    @Test
    void theSenderComesFromConfiguration() {
        EmailChannel shop = new EmailChannel(greenMailServer, "Shop Tracking <tracking@shop.example>", texts);

        shop.send(anEmail().key("k1").build());

        ReceivedMail mail = single();
        assertThat(mail.from()).isEqualTo("Shop Tracking <tracking@shop.example>");
        assertThat(mail.messageId()).isEqualTo("<k1@shop.example>");
    }

    @Test
    void aSenderThatIsNoAddressIsRefusedAtOnce() {
        assertThatThrownBy(() -> new EmailChannel(greenMailServer, "Waybill tracking", texts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waybill.notifications.email.from");
    }

    @Test
    void anUnreachableServerIsWorthAnotherTry() {
        EmailChannel channel = new EmailChannel(unreachableServer, EmailChannel.DEFAULT_FROM, texts);

        long start = System.nanoTime();
        assertThatThrownBy(() -> channel.send(anEmail().build()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aRecipientTheServerRefusesIsPermanent() {
        EmailChannel channel = new EmailChannel(refusingServer, EmailChannel.DEFAULT_FROM, texts);

        assertThatThrownBy(() -> channel.send(anEmail().to("nobody@example.com").build()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("550");
    }

    @Test
    void anAddressThatIsNoneIsPermanent() {
        assertThatThrownBy(() -> email.send(anEmail().to("anna.becker at example").build()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.permanent()).isTrue());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anSmsIsNotForThisChannel() {
        assertThatThrownBy(() -> email.send(anSms().build())).isInstanceOf(IllegalArgumentException.class);
    }

    private ReceivedMail single() {
        return received(1).getFirst();
    }

    /** The mails received, in the order they were sent. */
    private List<ReceivedMail> received(int expected) {
        assertThat(greenMail.waitForIncomingEmail(5_000, expected)).as("%d mails received", expected).isTrue();
        MimeMessage[] messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(expected);
        return new ArrayList<>(Arrays.stream(messages).map(m -> ReceivedMail.of(m, EmailChannel.IDEMPOTENCY_HEADER)).toList());
    }
}
