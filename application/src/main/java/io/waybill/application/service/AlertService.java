package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageAlerts;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** The tenants' condition-alert addresses: set by their admins (audited), read by the exceptions sweep. */
public class AlertService implements ManageAlerts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private final AlertSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public AlertService(AlertSettings settings, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<String> conditionEmail(Principal caller) {
        requireAdmin(caller);
        return TenantScope.of(caller.tenant(), settings::conditionEmail);
    }

    @Override
    public Optional<String> setConditionEmail(Principal caller, Optional<String> address) {
        requireAdmin(caller);
        Optional<String> cleaned = address.map(String::strip).filter(a -> !a.isEmpty());
        cleaned.ifPresent(a -> {
            InvalidValueException.optionalText(a, "conditionEmail", 254);
            if (!EMAIL.matcher(a).matches()) {
                throw new InvalidValueException("conditionEmail", InvalidValueException.quote(a)
                        + " is not one e-mail address, like quality@shipper.example (send null to stop the e-mails)");
            }
        });
        TenantScope.run(caller.tenant(), () -> {
            settings.conditionEmail(cleaned, clock.instant());
            audit.record(new AuditTrail.Change(cleaned.isPresent() ? "alerts.condition-email-set" : "alerts.condition-email-cleared",
                    "tenant", caller.tenant().value()));
        });
        return cleaned;
    }

    private static void requireAdmin(Principal caller) {
        if (caller == null || !caller.role().administers()) {
            throw new NotPermittedException("only administrators set whom the tenant's condition alerts go to");
        }
    }
}
