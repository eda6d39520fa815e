package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What makes an event unique: its source and the source's own id for it. Recording the same key
 * twice stores it once, which makes ingestion idempotent.
 */
public record EventKey(EventSource source, String sourceEventId) implements ValueObject {

    public EventKey {
        InvalidValueException.required(source, "source");
        sourceEventId = InvalidValueException.requiredText(sourceEventId, "sourceEventId", 128);
    }

    @Override
    public String toString() {
        return source + "#" + sourceEventId;
    }
}
