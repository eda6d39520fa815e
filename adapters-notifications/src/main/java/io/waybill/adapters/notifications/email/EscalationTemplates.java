package io.waybill.adapters.notifications.email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waybill.application.port.out.EscalationMail.Notice;

/** The text of the escalation e-mail: {@code templates/escalation/escalated.txt}, checked at build time. */
@CheckedTemplate(basePath = "escalation")
final class EscalationTemplates {

    private EscalationTemplates() {
    }

    static native TemplateInstance escalated(Notice n, String kind, String opened, String deadline);
}
