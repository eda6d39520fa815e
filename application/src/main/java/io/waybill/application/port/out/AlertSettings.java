package io.waybill.application.port.out;

import io.waybill.domain.exceptions.ExceptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a tenant wants told by e-mail, at once, when its goods are measured outside their condition profile, and which
 * items were told already (so a mail is sent once, and again at the next sweep when the mail server refused it).
 */
public interface AlertSettings {

    /** The address of the tenant in scope, if it wants condition alerts by e-mail. */
    Optional<String> conditionEmail();

    /** Sets (or with empty, clears) the address of the tenant in scope. */
    void conditionEmail(Optional<String> address, Instant at);

    /** Of these items, those whose alert was sent. */
    Set<ExceptionId> alerted(Collection<ExceptionId> items);

    /** Records that the item's alert went to {@code recipient}. */
    void alerted(ExceptionId item, String recipient, Instant at);
}
