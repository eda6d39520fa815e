package io.waybill.application.fakes;

import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.AuditLogContract;

/** The audit log fake against the contract of the real one. */
class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
