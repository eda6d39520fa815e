package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One normalized tracking event: what happened (milestone, with the source's raw code and text and an
 * optional reason), when (occurred-at with the UTC offset of where it happened, and received-at), where
 * (optional location), who said so (the key: source and the source's own event id) and, for a
 * delivery, the proof.
 *
 * <p>Invariants: proof of delivery only accompanies {@link Milestone#DELIVERED}; times are kept to the
 * microsecond.
 */
public record TrackingEvent(
        EventKey key,
        Milestone milestone,
        String rawCode,
        String rawText,
        String reason,
        OffsetDateTime occurredAt,
        Instant receivedAt,
        Location location,
        ProofOfDelivery proofOfDelivery) implements ValueObject {

    /**
     * The chronological order of a timeline, total so that any arrival order sorts the same way:
     * occurred-at instant, then lifecycle order of the milestone (a pick and a pack stamped in the same
     * second read in lifecycle order), then source and source event id.
     */
    public static final Comparator<TrackingEvent> CHRONOLOGICAL = TrackingEvent::compareChronologically;

    public TrackingEvent {
        InvalidValueException.required(key, "key");
        InvalidValueException.required(milestone, "milestone");
        rawCode = InvalidValueException.optionalText(rawCode, "rawCode", 64);
        rawText = InvalidValueException.optionalFreeText(rawText, "rawText", 512);
        reason = InvalidValueException.optionalFreeText(reason, "reason", 512);
        // stored with microsecond precision (PostgreSQL): truncate now, so a re-sent event stays the same event
        occurredAt = InvalidValueException.required(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        InvalidValueException.plausibleInstant(occurredAt.toInstant(), "occurredAt");
        receivedAt = InvalidValueException.required(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
        if (proofOfDelivery != null && milestone != Milestone.DELIVERED) {
            throw new InvalidValueException("proofOfDelivery", "only a DELIVERED event carries proof of delivery (got " + milestone + ")");
        }
    }

    private static int compareChronologically(TrackingEvent a, TrackingEvent b) {
        int c = Long.compare(a.occurredAt.toEpochSecond(), b.occurredAt.toEpochSecond());
        if (c == 0) {
            c = Integer.compare(a.occurredAt.getNano(), b.occurredAt.getNano());
        }
        if (c == 0) {
            c = a.milestone.compareTo(b.milestone);
        }
        if (c == 0) {
            c = a.key.source().type().compareTo(b.key.source().type());
        }
        if (c == 0) {
            c = a.key.source().name().compareTo(b.key.source().name());
        }
        return c != 0 ? c : a.key.sourceEventId().compareTo(b.key.sourceEventId());
    }

    /** The same event with another reason. */
    public TrackingEvent withReason(String newReason) {
        return new TrackingEvent(key, milestone, rawCode, rawText, newReason, occurredAt, receivedAt, location, proofOfDelivery);
    }

    /**
     * Whether Waybill derived this step from a device's positions (a geofence crossing) rather than someone scanning it:
     * such a step is shown, marked, but never sets a shipment's status.
     */
    public boolean derived() {
        return key.source().derived();
    }

    public Instant occurredInstant() {
        return occurredAt.toInstant();
    }

    /**
     * Whether {@code other} says the same thing as this event. Received-at is not part of it: a carrier
     * re-sending an event later is still the same event.
     */
    public boolean sameContentAs(TrackingEvent other) {
        return key.equals(other.key)
                && milestone == other.milestone
                && Objects.equals(rawCode, other.rawCode)
                && Objects.equals(rawText, other.rawText)
                && Objects.equals(reason, other.reason)
                && occurredAt.toInstant().equals(other.occurredAt.toInstant())
                && occurredAt.getOffset().equals(other.occurredAt.getOffset())
                && Objects.equals(location, other.location)
                && Objects.equals(proofOfDelivery, other.proofOfDelivery);
    }
}
