package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import java.util.Optional;

/**
 * A tenant's admins choose whom to tell by e-mail, at once, when the tenant's goods are measured outside their
 * condition profile (the webhook {@code shipment.condition_breached} is told in any case); every change is audited.
 */
public interface ManageAlerts {

    /** The caller's tenant's condition-alert address, if it set one. */
    Optional<String> conditionEmail(Principal caller);

    /**
     * Sets the address, or with empty clears it.
     *
     * @throws NotPermittedException when the caller is not an admin
     * @throws io.waybill.domain.shared.InvalidValueException when it is not an e-mail address
     */
    Optional<String> setConditionEmail(Principal caller, Optional<String> address);
}
