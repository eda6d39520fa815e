package io.waybill.adapters.epcis.document;

import java.time.Instant;
import java.util.List;

/**
 * The event is declared wrong: when, why (bare CBV reason, {@code did_not_occur} or {@code incorrect_data}), and the
 * IDs of the events that correct it.
 */
public record ErrorDeclaration(Instant declarationTime, String reason, List<String> correctiveEventIds) {
    public ErrorDeclaration {
        correctiveEventIds = List.copyOf(correctiveEventIds);
    }
}
