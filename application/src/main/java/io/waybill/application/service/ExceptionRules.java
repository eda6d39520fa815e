package io.waybill.application.service;

import io.waybill.application.shared.ShipmentSignal;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What in a shipment's current state needs a person, as the exceptions queue names it: its status by itself (held,
 * failed attempt, lost, returned), a high risk of missing the promise (unless its status is an exception already: one
 * item says enough), or a shipped parcel the carrier has not scanned for {@code missingScanAfter}. Each with its reason
 * in plain words and the instant the condition began, which keeps one condition to one item.
 */
final class ExceptionRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** Under way with the carrier, where scans are expected (a parcel waiting at a pickup point is not scanned). */
    private static final Set<ShipmentStatus> MOVING = EnumSet.of(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.OUT_FOR_DELIVERY);

    private ExceptionRules() {
    }

    /** One thing that needs a person: of which kind, why, and since when. */
    record Condition(ExceptionKind kind, String reason, Instant since) {
    }

    static List<Condition> of(ShipmentSignal s, Instant now, Duration missingScanAfter) {
        List<Condition> found = new ArrayList<>();
        Instant last = s.lastEventAt() == null ? Instant.EPOCH : s.lastEventAt();
        Optional<ExceptionKind> byStatus = ExceptionKind.ofStatus(s.status());
        byStatus.ifPresent(kind -> found.add(new Condition(kind, statusReason(kind, s), last)));
        if (byStatus.isEmpty() && "HIGH".equals(s.riskLevel()) && s.status() != ShipmentStatus.DELIVERED) {
            found.add(new Condition(ExceptionKind.AT_RISK, riskReason(s), s.riskSince() == null ? last : s.riskSince()));
        }
        if (MOVING.contains(s.status()) && s.lastEventAt() != null && s.lastEventAt().isBefore(now.minus(missingScanAfter))) {
            long hours = Duration.between(s.lastEventAt(), now).toHours();
            found.add(new Condition(ExceptionKind.MISSING_SCAN, "No scan for " + hours + " h: the last event of "
                    + parcel(s) + " was at " + WHEN.format(s.lastEventAt()) + " (" + words(s.status()) + ")", last));
        }
        return found;
    }

    /** Why an open item of {@code kind} closed itself, in words. */
    static String recovered(ExceptionKind kind) {
        return "Closed by itself: " + switch (kind) {
            case AT_RISK -> "the shipment is no longer at high risk";
            case MISSING_SCAN -> "the carrier scanned the shipment again";
            case HELD -> "the shipment is no longer held";
            case DELIVERY_ATTEMPT_FAILED -> "the shipment moved on after the failed attempt";
            case LOST -> "the shipment is no longer lost";
            case RETURNED_TO_SENDER -> "the shipment is no longer returning to the sender";
            case CONDITION_EXCURSION -> "the condition profile was changed";
            case DEVICE_ATTENTION -> "the shipment's devices report again, with a battery that will last";
        };
    }

    /** Why an open item closed itself when its shipment now needs a person for another reason, in words. */
    static String superseded(ExceptionKind now) {
        return "Closed by itself: the shipment now has a " + now.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " item instead";
    }

    private static String statusReason(ExceptionKind kind, ShipmentSignal s) {
        String given = s.statusReason() == null || s.statusReason().isBlank() ? "" : ": " + s.statusReason().strip();
        return switch (kind) {
            case HELD -> "Held by the carrier (" + parcel(s) + ")" + (given.isEmpty() ? ", no reason given" : given);
            case DELIVERY_ATTEMPT_FAILED -> "Delivery attempt failed (" + parcel(s) + ")" + given;
            case LOST -> "Declared lost by the carrier (" + parcel(s) + ")" + given;
            case RETURNED_TO_SENDER -> "Returned to sender (" + parcel(s) + ")" + given;
            case AT_RISK, MISSING_SCAN, CONDITION_EXCURSION, DEVICE_ATTENTION -> throw new IllegalArgumentException(kind + " is no status");
        };
    }

    private static String riskReason(ShipmentSignal s) {
        String promise = s.promisedLatest() == null ? "High risk of arriving late"
                : "High risk of missing the promised delivery by " + WHEN.format(s.promisedLatest());
        String why = s.riskReasons().isEmpty() ? "" : ": " + String.join("; ", s.riskReasons());
        String lead = s.leadTimeHours() == null ? "" : " (seen " + s.leadTimeHours() + " h before the promise)";
        return promise + " (" + parcel(s) + ")" + why + lead;
    }

    private static String parcel(ShipmentSignal s) {
        return s.carrier() + " " + s.carrierTrackingNumber();
    }

    private static String words(ShipmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
