package io.waybill.application.fakes;

import io.waybill.application.port.out.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the changes services note, to assert what they audit (and that they audit nothing else). */
public class RecordingAuditTrail implements AuditTrail {

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @Override
    public void record(Change change) {
        changes.add(change);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
