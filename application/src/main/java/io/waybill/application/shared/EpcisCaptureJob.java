package io.waybill.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One capture of an EPCIS document, as the standard's capture interface reports it: how errors were to be handled
 * ({@code rollback}: all or nothing; {@code proceed}: every event that can be), whether it succeeded, how many events
 * it captured (new and already known), how many became timeline steps, how many sensor readings were stored (new
 * ones), what was wrong with those it did not capture ({@code errors}), and what of the captured ones Waybill did not
 * use ({@code warnings}: sensor reports of another type or unit, a device another tenant holds), which fails nothing.
 */
public record EpcisCaptureJob(UUID id, Instant createdAt, Instant finishedAt, String errorBehaviour, boolean success,
        int captured, int duplicates, int onTimelines, int readings, List<String> errors, List<String> warnings) {

    public EpcisCaptureJob {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
