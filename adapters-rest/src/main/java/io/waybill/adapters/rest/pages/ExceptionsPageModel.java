package io.waybill.adapters.rest.pages;

import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the console's exceptions pages show, as plain values for their templates: times in UTC like the rest of the
 * console, ages and deadlines also in words ("3 h 10 min", "overdue by 12 min").
 */
final class ExceptionsPageModel {

    /** The trail's clock: several actions often fall in one minute, and their order must read from the times. */
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExceptionsPageModel() {
    }

    /** A choice of a filter: its value in the URL, its label, whether it is the current one. */
    record Choice(String value, String label, boolean selected) {
    }

    /** One line of the queue. */
    record Line(String id, String kind, String tone, String reason, String orderId, String orderNumber, String opened, String age,
            String deadline, String due, boolean overdue, String assignee, int level, String state) {

        static Line of(ExceptionItem i, Instant now) {
            boolean overdue = i.isOverdue(now);
            String due = i.state().isResolved() ? "" : i.state() == ExceptionState.ACKNOWLEDGED ? "acknowledged"
                    : overdue ? "overdue by " + span(Duration.between(i.deadline(), now)) : "in " + span(Duration.between(now, i.deadline()));
            return new Line(i.getId().value().toString(), label(i.kind()), toneOf(i), i.reason(), i.order().value().toString(),
                    i.orderNumber(), ConsoleModel.when(i.openedAt()), span(Duration.between(i.openedAt(), now)),
                    ConsoleModel.when(i.deadline()), due, overdue, i.assignee() == null ? "—" : i.assignee(), i.escalationLevel(),
                    words(i.state()));
        }
    }

    /** The queue page: the filters and the items. */
    record Queue(List<Choice> states, List<Choice> kinds, List<Line> lines, long total, String problem) {
    }

    /** One line of an item's audit trail. */
    record TrailLine(String when, String who, String what, String text) {
    }

    /** An item's page: the item, what may be done now, and its trail (oldest first). */
    record Item(Line line, String shipmentId, String escalatedAt, String resolved, long version, boolean canAcknowledge,
            boolean canChange, List<TrailLine> trail, String notice, String problem, String text, String assignee) {

        static Item of(ExceptionQueue.Detail d, Instant now, String notice, String problem, String text, String assignee) {
            ExceptionItem i = d.item();
            String resolved = i.resolvedAt() == null ? "" : ConsoleModel.when(i.resolvedAt()) + " by " + i.resolvedBy();
            List<TrailLine> trail = d.actions().stream().map(a -> new TrailLine(TO_THE_SECOND.format(a.at()), a.actor(), words(a.type()),
                    a.text() == null ? "" : a.text())).toList();
            return new Item(Line.of(i, now), i.shipment().value().toString(), ConsoleModel.when(i.escalatedAt()), resolved,
                    i.version(), i.state() == ExceptionState.OPEN, !i.state().isResolved(), trail, notice, problem,
                    text == null ? "" : text, assignee == null ? (i.assignee() == null ? "" : i.assignee()) : assignee);
        }
    }

    /** The state filter: what waits (open and acknowledged, the default), or one state. */
    static Optional<List<ExceptionState>> states(String value) {
        if (value == null || value.isBlank() || value.equals("waiting")) {
            return Optional.of(List.of(ExceptionState.OPEN, ExceptionState.ACKNOWLEDGED));
        }
        return Arrays.stream(ExceptionState.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst().map(List::of);
    }

    /** The kind filter: every kind (blank), or one by its slug. */
    static Optional<List<ExceptionKind>> kinds(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(List.of());
        }
        return Arrays.stream(ExceptionKind.values()).filter(k -> k.slug().equalsIgnoreCase(value.strip())).findFirst().map(List::of);
    }

    static List<Choice> stateChoices(String selected) {
        String current = selected == null || selected.isBlank() ? "waiting" : selected.strip().toLowerCase(Locale.ROOT);
        return List.of(new Choice("waiting", "Open and acknowledged", current.equals("waiting")),
                new Choice("open", "Open", current.equals("open")), new Choice("acknowledged", "Acknowledged", current.equals("acknowledged")),
                new Choice("resolved", "Resolved", current.equals("resolved")));
    }

    static List<Choice> kindChoices(String selected) {
        String current = selected == null ? "" : selected.strip().toLowerCase(Locale.ROOT);
        List<Choice> all = new ArrayList<>(List.of(new Choice("", "Every kind", current.isEmpty())));
        Arrays.stream(ExceptionKind.values()).forEach(k -> all.add(new Choice(k.slug(), label(k), current.equals(k.slug()))));
        return all;
    }

    static String label(ExceptionKind kind) {
        return switch (kind) {
            case AT_RISK -> "At risk";
            case MISSING_SCAN -> "Missing scan";
            case HELD -> "Held";
            case DELIVERY_ATTEMPT_FAILED -> "Failed attempt";
            case LOST -> "Lost";
            case RETURNED_TO_SENDER -> "Returned to sender";
            case CONDITION_EXCURSION -> "Conditions";
            case DEVICE_ATTENTION -> "Device";
        };
    }

    private static String toneOf(ExceptionItem i) {
        if (i.state().isResolved()) {
            return "neutral";
        }
        return switch (i.kind()) {
            case LOST, RETURNED_TO_SENDER, HELD, DELIVERY_ATTEMPT_FAILED, CONDITION_EXCURSION -> "bad";
            case AT_RISK, MISSING_SCAN, DEVICE_ATTENTION -> "warn";
        };
    }

    private static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "2 d 3 h", "3 h 10 min", "12 min", "under a minute". */
    static String span(Duration d) {
        Duration positive = d.isNegative() ? Duration.ZERO : d;
        long days = positive.toDays();
        long hours = positive.toHoursPart();
        long minutes = positive.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min" : "under a minute";
    }
}
