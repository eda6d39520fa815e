package io.waybill.application.port.out;

import io.waybill.domain.exceptions.ExceptionKind;
import java.time.Instant;
import java.util.Objects;

/** Tells a person on an escalation chain, by e-mail, that an exception has waited too long for someone. */
public interface EscalationMail {

    /**
     * One e-mail: which item ({@code link} opens it in the console), why it needs a person, and since when.
     *
     * @param idempotencyKey the same for every attempt to send this level's mail (mail systems drop repeats by it)
     */
    record Notice(String idempotencyKey, String recipient, String orderNumber, ExceptionKind kind, String reason, int level,
            Instant openedAt, Instant deadline, String link) {

        public Notice {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** @throws CustomerChannels.DeliveryFailedException when the mail server did not take it; the next sweep tries again */
    void send(Notice notice);
}
