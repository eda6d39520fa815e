package io.waybill.application.service;

import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.port.out.EscalationMail;
import io.waybill.application.shared.LogText;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The e-mail a tenant asked for when its goods are measured outside their condition profile: sent once per unresolved
 * condition item to the tenant's alert address, at the sweep that opened it; a mail the server refused is tried at the
 * next sweep, since the item counts as told only once the server took it. Without an address, nothing is sent (the
 * webhook and the escalation chain still tell).
 */
final class ConditionAlerting {

    private static final Logger LOG = Logger.getLogger(ConditionAlerting.class.getName());

    private final AlertSettings settings;
    private final EscalationMail mail;
    private final Function<ExceptionId, String> link;

    ConditionAlerting(AlertSettings settings, EscalationMail mail, Function<ExceptionId, String> link) {
        this.settings = settings;
        this.mail = mail;
        this.link = link;
    }

    /** Alerts for these unresolved items (in the platform's scope); returns how many mails were sent. */
    int alert(List<ExceptionItem> unresolved, Instant now) {
        Map<TenantId, List<ExceptionItem>> byTenant = unresolved.stream()
                .filter(i -> i.kind() == ExceptionKind.CONDITION_EXCURSION)
                .collect(Collectors.groupingBy(ExceptionItem::tenant, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<TenantId, List<ExceptionItem>> tenant : byTenant.entrySet()) {
            try {
                sent += TenantScope.of(tenant.getKey(), () -> alertTenant(tenant.getValue(), now));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "condition alerts of tenant " + tenant.getKey().value() + " failed; the next sweep tries"
                        + " again: " + e.getClass().getSimpleName() + ": " + LogText.withoutContacts(e.getMessage()));
            }
        }
        return sent;
    }

    private int alertTenant(List<ExceptionItem> items, Instant now) {
        Optional<String> to = settings.conditionEmail();
        if (to.isEmpty()) {
            return 0;
        }
        Set<ExceptionId> told = settings.alerted(items.stream().map(ExceptionItem::getId).toList());
        int sent = 0;
        for (ExceptionItem item : items) {
            if (told.contains(item.getId())) {
                continue;
            }
            try {
                mail.send(new EscalationMail.Notice(item.getId() + "/condition-alert", to.get(), item.orderNumber(), item.kind(),
                        item.reason(), 0, item.openedAt(), item.deadline(), link.apply(item.getId())));
            } catch (RuntimeException e) {
                // the address is the tenant's staff's, not for the log
                LOG.warning(() -> "the condition alert of exception " + item.getId() + " was not sent; the next sweep tries again: "
                        + e.getClass().getSimpleName());
                continue;
            }
            settings.alerted(item.getId(), to.get(), now);
            sent++;
        }
        return sent;
    }
}
