package io.waybill.application.fakes;

import io.waybill.application.port.out.AuditLog;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The audit log in memory, numbering entries like the real one. Thread-safe. */
public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry e) {
        entries.add(new AuditEntry(entries.size() + 1L, e.at(), e.tenant(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.detail()));
    }

    @Override
    public synchronized List<AuditEntry> newestFirst(Optional<TenantId> tenant, Optional<Long> before, int limit) {
        return entries.stream().filter(e -> tenant.isEmpty() || tenant.get().equals(e.tenant()))
                .filter(e -> before.isEmpty() || e.id() < before.get())
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed()).limit(limit).toList();
    }

    /** Every entry in the order written. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
