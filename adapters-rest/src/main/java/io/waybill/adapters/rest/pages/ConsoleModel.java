package io.waybill.adapters.rest.pages;

import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.SentMessage;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.tracking.Location;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the operations console shows, as plain values for its templates. Times are in UTC (operators of a 3PL work
 * across zones; one clock in every list keeps them comparable) and say so.
 */
final class ConsoleModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ConsoleModel() {
    }

    /** Who is signed in (for the header) and the token every form posts. */
    record Shell(String name, String tenant, String role, String csrf, String section) {
    }

    /** One message sent about the order: a customer e-mail or SMS, or a webhook call. */
    record MessageRow(String queued, String kind, String channel, String recipient, String status, String tone, int attempts,
            String finished, String error) {

        static MessageRow of(SentMessage m) {
            String tone = switch (m.status()) {
                case "SENT" -> "ok";
                case "DEAD" -> "bad";
                default -> "neutral";
            };
            return new MessageRow(ConsoleModel.when(m.createdAt()), m.kind(), m.channel(), m.recipient(), m.status(), tone, m.attempts(),
                    ConsoleModel.when(m.finishedAt()), m.lastError() == null ? "" : m.lastError());
        }
    }

    /** Orders grouped by where they are; the statuses link to the find page. */
    record StatusGroup(String label, long count, String tone) {
    }

    /** One line of the at-risk list. */
    record RiskLine(String orderId, String orderNumber, String carrier, String service, String trackingNumber, String level,
            String tone, String reasons, String p50, String p90, String promised, String leadTime) {

        static RiskLine of(ShipmentPrediction p) {
            return new RiskLine(p.orderId().toString(), p.orderNumber(), p.carrier(), p.service(), p.carrierTrackingNumber(),
                    p.riskLevel(), ConsoleModel.tone(p.riskLevel()), String.join("; ", p.reasons()), when(p.p50()), when(p.p90()), when(p.promisedLatest()),
                    p.leadTimeHours() == null ? "" : p.leadTimeHours() + " h");
        }
    }

    /** The overview: orders by status group and the shipments at risk now. */
    record Overview(List<StatusGroup> groups, long orders, long atRisk, List<RiskLine> risks, long refreshSeconds) {
    }

    /** The groups of the overview, in the order an order passes them. */
    enum Group {
        AWAITING_PAYMENT("Awaiting payment", "neutral", Set.of(OrderStatus.PLACED)),
        IN_WAREHOUSE("In the warehouse", "neutral", Set.of(OrderStatus.CONFIRMED, OrderStatus.ALLOCATED, OrderStatus.PICKED,
                OrderStatus.PARTIALLY_PACKED, OrderStatus.PACKED)),
        WAITING_FOR_STOCK("Waiting for stock", "warn", Set.of(OrderStatus.ON_HOLD)),
        WITH_CARRIER("With the carrier", "neutral", Set.of(OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED,
                OrderStatus.IN_TRANSIT, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.AVAILABLE_FOR_PICKUP,
                OrderStatus.PARTIALLY_DELIVERED)),
        NEEDS_ATTENTION("Needs attention", "bad", Set.of(OrderStatus.DELIVERY_ATTEMPT_FAILED, OrderStatus.HELD,
                OrderStatus.LOST, OrderStatus.RETURNED_TO_SENDER)),
        DELIVERED("Delivered", "ok", Set.of(OrderStatus.DELIVERED)),
        CANCELLED("Cancelled", "neutral", Set.of(OrderStatus.CANCELLED));

        final String label;
        final String tone;
        final Set<OrderStatus> statuses;

        Group(String label, String tone, Set<OrderStatus> statuses) {
            this.label = label;
            this.tone = tone;
            this.statuses = statuses;
        }
    }

    /** One search result. */
    record Found(String id, String orderNumber, String trackingId, String status, String placedAt, String carriers) {

        static Found of(OrderSearch.Summary s) {
            return new Found(s.id().value().toString(), s.orderNumber(), s.trackingId() == null ? "" : s.trackingId().formatted(),
                    s.status().name(), when(s.placedAt()),
                    String.join(", ", s.carriers().stream().map(c -> c.value()).toList()));
        }
    }

    /** The order page: the whole order as operations see it, personal data included (it is their customer). */
    record OrderPage(String id, String orderNumber, String status, String statusReason, String trackingId, String placedAt,
            String customerName, String customerEmail, String customerPhone, String address, List<String> lines, String promise,
            List<ShipmentView> shipments, List<TimelineRow> timeline) {
    }

    record ShipmentView(String carrier, String trackingNumber, String service, String status, String lastEventAt,
            String deliveredAt, String p50, String p90, String risk, String riskTone, String reasons, List<String> riskHistory) {
    }

    record TimelineRow(String when, String milestone, String source, String where, String raw, String note, boolean applied) {
    }

    static OrderPage orderPage(Order order, Function<Shipment, Optional<ShipmentPrediction>> prediction,
            Function<Shipment, List<ShipmentPrediction.RiskChange>> history) {
        var c = order.customer();
        var a = order.address();
        String address = String.join(", ", nonBlank(a.line1(), a.line2(), (nz(a.postalCode()) + " " + nz(a.city())).strip(),
                a.region(), a.countryCode()));
        List<String> lines = order.lines().stream().map(l -> l.quantity() + " × " + l.sku().value()).toList();
        String promise = order.promise().map(p -> when(p.earliest()) + " – " + when(p.latest())).orElse("none");
        List<ShipmentView> shipments = new ArrayList<>();
        for (Shipment s : order.shipments()) {
            var p = prediction.apply(s);
            shipments.add(new ShipmentView(s.carrier().value(), s.carrierTrackingNumber().value(),
                    s.service() == null ? "" : s.service().code(), s.status().name(), when(s.lastEventAt()), when(s.deliveredAt()),
                    p.map(x -> when(x.p50())).orElse(""), p.map(x -> when(x.p90())).orElse(""),
                    p.map(ShipmentPrediction::riskLevel).orElse(""), p.map(x -> ConsoleModel.tone(x.riskLevel())).orElse(""), p.map(x -> String.join("; ", x.reasons())).orElse(""),
                    history.apply(s).stream().map(h -> when(h.at()) + ": " + h.level()
                            + (h.reasons().isEmpty() ? "" : " (" + String.join("; ", h.reasons()) + ")")).toList()));
        }
        List<TimelineItem> items = new ArrayList<>(order.timeline());
        items.sort(Comparator.comparing((TimelineItem i) -> i.entry().event().occurredAt().toInstant()).reversed());
        List<TimelineRow> timeline = items.stream().map(i -> {
            var e = i.entry().event();
            Location l = e.location();
            String where = l == null ? "" : String.join(", ", nonBlank(l.facility(), l.city(), l.countryCode()));
            String raw = String.join(" ", nonBlank(e.rawCode(), e.rawText()));
            if (raw.equalsIgnoreCase(e.milestone().name())) {
                raw = ""; // Waybill's own steps: nothing was reported beyond the milestone
            }
            String type = e.key().source().type().name().toLowerCase(Locale.ROOT);
            String source = type.equals(e.key().source().name()) ? type : type + " " + e.key().source().name();
            return new TimelineRow(when(e.occurredAt().toInstant()), e.milestone().name(), source, where, raw,
                    i.note() == null ? "" : i.note(), i.applied());
        }).toList();
        return new OrderPage(order.getId().value().toString(), order.orderNumber(), order.status().name(),
                order.statusReason() == null ? "" : order.statusReason(),
                order.trackingId().map(t -> t.formatted()).orElse(""), when(order.placedAt()), c.name(), dash(c.email()),
                dash(c.phone()), address, lines, promise, shipments, timeline);
    }

    /** The badge colour of a risk level. */
    static String tone(String level) {
        return level == null ? "" : switch (level) {
            case "HIGH" -> "bad";
            case "MEDIUM" -> "warn";
            default -> "neutral";
        };
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept;
    }
}
