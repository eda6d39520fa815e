package io.waybill.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One capture of an EPCIS document, as the standard's capture interface reports it: how errors were to be handled
 * ({@code rollback}: all or nothing; {@code proceed}: every event that can be), whether it succeeded, how many events
 * it captured (new and already known), and what was wrong with those it did not.
 */
public record EpcisCaptureJob(UUID id, Instant createdAt, Instant finishedAt, String errorBehaviour, boolean success,
        int captured, int duplicates, int onTimelines, List<String> errors) {

    public EpcisCaptureJob {
        errors = List.copyOf(errors);
    }
}
