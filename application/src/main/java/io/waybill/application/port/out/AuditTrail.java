package io.waybill.application.port.out;

/**
 * Where services note a change they made (a webhook subscription, a cancellation, a disruption) for the audit log. The
 * services' use cases do not carry the caller, so the trail stamps who and when itself, from the request being served
 * (the pattern of Spring Data's {@code AuditorAware}); outside a request the actor is Waybill itself.
 */
public interface AuditTrail {

    /** A trail that keeps nothing, for services built without one (tests that do not look at the audit). */
    AuditTrail NONE = change -> {
    };

    void record(Change change);

    /**
     * What changed: {@code action} like {@code webhook.subscribed}, the target's type and id. Never text a caller
     * sent (a cancellation reason, a URL): the audit log holds no personal data.
     */
    record Change(String action, String targetType, String targetId) {
    }
}
