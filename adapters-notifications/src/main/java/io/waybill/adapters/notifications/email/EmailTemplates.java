package io.waybill.adapters.notifications.email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waybill.adapters.notifications.customer.MessageFacts;

/**
 * The body of each kind of customer e-mail: {@code templates/email/<kind>.html} and {@code .txt}, both around
 * {@code email/layout.html} / {@code layout.txt}. Checked: the build fails when a template is missing or uses a
 * fact {@link MessageFacts} does not have. Each method returns a template with two variants; the caller selects
 * HTML or text.
 */
@CheckedTemplate(basePath = "email", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class EmailTemplates {

    private EmailTemplates() {
    }

    static native TemplateInstance orderConfirmed(MessageFacts m);

    static native TemplateInstance shipped(MessageFacts m);

    static native TemplateInstance outForDelivery(MessageFacts m);

    static native TemplateInstance delivered(MessageFacts m);

    static native TemplateInstance exception(MessageFacts m);

    static native TemplateInstance cancelled(MessageFacts m);

    static native TemplateInstance delayPredicted(MessageFacts m);

    static native TemplateInstance delayCleared(MessageFacts m);
}
