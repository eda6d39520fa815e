package io.waybill.adapters.rest.pages;

import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the tracking page shows, in the customer's language and clock: a headline, the five-step progress, the delivery
 * estimate as a range, a banner in plain words when something holds the parcel up, the shipments and the timeline
 * (newest first). Built from the public view only, so it holds no personal data either.
 */
public record TrackingPageModel(String trackingId, String rawTrackingId, String headline, boolean problem,
        List<ProgressStep> progress, Estimate estimate, String banner, List<ShipmentLine> shipments, List<TimelineRow> timeline,
        String zoneNote, boolean live) {

    /** One step of the progress bar; {@code state}: done, current or todo. */
    public record ProgressStep(String label, String state) {
    }

    /**
     * The delivery estimate: a heading (expected, promised, delivered), the range or time, and the zone it is in; once
     * delivered, what the proof of delivery holds, in words (empty without one).
     */
    public record Estimate(String heading, String when, String zoneNote, List<String> proof) {
    }

    public record ShipmentLine(String text) {
    }

    /** One step of the timeline: {@code datetime} is machine-readable (ISO 8601) for the {@code <time>} element. */
    public record TimelineRow(String what, String when, String datetime, String where, String parcel, boolean latest) {
    }

    static TrackingPageModel of(View view, TrackTexts t, Locale locale) {
        ZoneId zone = view.destinationZone() == null ? ZoneOffset.UTC : view.destinationZone();
        Dates dates = new Dates(locale);
        int reached = reached(view.status());
        List<ProgressStep> progress = new ArrayList<>();
        String[] labels = {t.stepOrdered(), t.stepPacked(), t.stepShipped(), t.stepOutForDelivery(), t.stepDelivered()};
        for (int i = 0; i < labels.length; i++) {
            String state = i < reached || (i == reached && view.status() == OrderStatus.DELIVERED) ? "done"
                    : i == reached ? "current" : "todo";
            progress.add(new ProgressStep(labels[i], state));
        }
        boolean many = view.shipments().size() > 1;
        List<TimelineRow> rows = new ArrayList<>();
        List<Step> newestFirst = new ArrayList<>(view.timeline());
        // newest first as the page shows them (to the minute); within a minute in the order of the lifecycle, since
        // the warehouse's, the carrier's and Waybill's clocks disagree by seconds
        newestFirst.sort(Comparator.comparing((Step s) -> s.occurredAt().toInstant().truncatedTo(ChronoUnit.MINUTES))
                .thenComparing(s -> s.milestone().ordinal()).thenComparing(s -> s.occurredAt().toInstant()).reversed());
        for (Step s : newestFirst) {
            rows.add(new TimelineRow(describe(s.milestone(), t), dates.moment(s.occurredAt().atZoneSameInstant(zone)),
                    s.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), place(s, locale),
                    many && s.shipment() != null ? t.parcelNumber(s.shipment()) : null, rows.isEmpty()));
        }
        List<ShipmentLine> shipments = view.shipments().stream()
                .map(s -> new ShipmentLine(t.shipmentLine(s.parcels(), s.carrier().value().toUpperCase(Locale.ROOT),
                        s.carrierTrackingNumber().value())))
                .toList();
        return new TrackingPageModel(view.trackingId().formatted(), view.trackingId().value(), headline(view.status(), t),
                troubled(view.status()), progress, estimate(view, t, dates, zone), banner(view, t, dates, zone), shipments, rows,
                t.timesIn(zone.getDisplayName(TextStyle.FULL, locale)), !view.status().isClosed());
    }

    /** The step reached: 0 ordered, 1 packed, 2 shipped, 3 out for delivery, 4 delivered. */
    static int reached(OrderStatus status) {
        return switch (status) {
            case PLACED, CONFIRMED, ALLOCATED, ON_HOLD, PICKED, PARTIALLY_PACKED, CANCELLED -> 0;
            case PACKED, PARTIALLY_SHIPPED -> 1;
            case SHIPPED, IN_TRANSIT, HELD, LOST, RETURNED_TO_SENDER -> 2;
            case OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, PARTIALLY_DELIVERED -> 3;
            case DELIVERED -> 4;
        };
    }

    private static boolean troubled(OrderStatus status) {
        return switch (status) {
            case ON_HOLD, HELD, DELIVERY_ATTEMPT_FAILED, LOST, RETURNED_TO_SENDER, CANCELLED -> true;
            default -> false;
        };
    }

    static String headline(OrderStatus status, TrackTexts t) {
        return switch (status) {
            case PLACED -> t.statusPlaced();
            case CONFIRMED -> t.statusConfirmed();
            case ALLOCATED, PICKED, PARTIALLY_PACKED -> t.statusPreparing();
            case ON_HOLD -> t.statusOnHold();
            case PACKED -> t.statusPacked();
            case PARTIALLY_SHIPPED -> t.statusPartiallyShipped();
            case SHIPPED, IN_TRANSIT -> t.statusOnItsWay();
            case OUT_FOR_DELIVERY -> t.statusOutForDelivery();
            case DELIVERY_ATTEMPT_FAILED -> t.statusAttemptFailed();
            case AVAILABLE_FOR_PICKUP -> t.statusPickup();
            case HELD -> t.statusHeld();
            case PARTIALLY_DELIVERED -> t.statusPartiallyDelivered();
            case DELIVERED -> t.statusDelivered();
            case RETURNED_TO_SENDER -> t.statusReturned();
            case LOST -> t.statusLost();
            case CANCELLED -> t.statusCancelled();
        };
    }

    static String describe(Milestone milestone, TrackTexts t) {
        return switch (milestone) {
            case PLACED -> t.milestonePlaced();
            case CONFIRMED -> t.milestoneConfirmed();
            case ALLOCATED -> t.milestoneAllocated();
            case ALLOCATION_FAILED -> t.milestoneAllocationFailed();
            case PICKED -> t.milestonePicked();
            case PACKED -> t.milestonePacked();
            case CANCELLED -> t.milestoneCancelled();
            case HANDED_OVER -> t.milestoneHandedOver();
            case IN_TRANSIT -> t.milestoneInTransit();
            case OUT_FOR_DELIVERY -> t.milestoneOutForDelivery();
            case DELIVERY_ATTEMPT_FAILED -> t.milestoneAttemptFailed();
            case AVAILABLE_FOR_PICKUP -> t.milestonePickup();
            case HELD -> t.milestoneHeld();
            case DELIVERED -> t.milestoneDelivered();
            case RETURNED_TO_SENDER -> t.milestoneReturned();
            case LOST -> t.milestoneLost();
        };
    }

    /** "Berlin, Germany": the vetted city (if any) and the country's name in the reader's language. */
    static String place(Step s, Locale locale) {
        String country = s.countryCode() == null ? null : Locale.of("", s.countryCode()).getDisplayCountry(locale);
        if (s.city() == null) {
            return country;
        }
        return country == null ? s.city() : s.city() + ", " + country;
    }

    /** What the delivered shipments' proofs hold, each kind once. */
    private static List<String> proof(View view, TrackTexts t) {
        List<TrackOrder.Proof> proofs = view.shipments().stream().map(ShipmentView::proof).filter(Objects::nonNull).toList();
        List<String> kinds = new ArrayList<>();
        if (proofs.stream().anyMatch(TrackOrder.Proof::signature)) {
            kinds.add(t.proofSignature());
        }
        if (proofs.stream().anyMatch(TrackOrder.Proof::photo)) {
            kinds.add(t.proofPhoto());
        }
        if (proofs.stream().anyMatch(TrackOrder.Proof::receiverNamed)) {
            kinds.add(t.proofReceiver());
        }
        if (proofs.stream().anyMatch(TrackOrder.Proof::place)) {
            kinds.add(t.proofPlace());
        }
        return kinds;
    }

    /**
     * Delivered: when. Under way: the estimate of the shipments not yet delivered (earliest P50 to latest P90), else the
     * shop's promise; nothing when neither is known.
     */
    private static Estimate estimate(View view, TrackTexts t, Dates dates, ZoneId zone) {
        String zoneNote = t.timesIn(zone.getDisplayName(TextStyle.FULL, dates.locale()));
        if (view.deliveredAt() != null) {
            return new Estimate(t.deliveredHeading(), dates.moment(view.deliveredAt().atZone(zone)), zoneNote, proof(view, t));
        }
        if (view.status().isClosed()) {
            return null;
        }
        Instant from = null;
        Instant to = null;
        for (ShipmentView s : view.shipments()) {
            if (s.status() == ShipmentStatus.DELIVERED || s.expectedBy() == null) {
                continue;
            }
            from = from == null || s.expectedBy().isBefore(from) ? s.expectedBy() : from;
            Instant latest = s.latestExpected() == null ? s.expectedBy() : s.latestExpected();
            to = to == null || latest.isAfter(to) ? latest : to;
        }
        if (from != null) {
            return new Estimate(t.expected(), dates.range(from.atZone(zone), to.atZone(zone), t), zoneNote, List.of());
        }
        if (view.promise() != null) {
            return new Estimate(t.promised(), dates.range(view.promise().earliest().atZone(zone),
                    view.promise().latest().atZone(zone), t), zoneNote, List.of());
        }
        return null;
    }

    /**
     * The worst thing holding the order up, in words a customer can act on: lost, held, a failed attempt, missing stock,
     * late against the promise (with the new estimate), or slower than usual. The prediction's own reasons are not
     * shown: they name places and times and quote the carrier.
     */
    private static String banner(View view, TrackTexts t, Dates dates, ZoneId zone) {
        if (view.status().isClosed()) {
            return null;
        }
        List<ShipmentView> open = view.shipments().stream().filter(s -> s.status() != ShipmentStatus.DELIVERED).toList();
        if (open.stream().anyMatch(s -> s.status() == ShipmentStatus.LOST)) {
            return t.bannerLost();
        }
        if (open.stream().anyMatch(s -> s.status() == ShipmentStatus.HELD)) {
            return t.bannerHeld();
        }
        if (open.stream().anyMatch(s -> s.status() == ShipmentStatus.DELIVERY_ATTEMPT_FAILED)) {
            return t.bannerAttemptFailed();
        }
        if (view.status() == OrderStatus.ON_HOLD) {
            return t.bannerWaitingForStock();
        }
        List<ShipmentView> atRisk = open.stream()
                .filter(s -> s.delayRisk() != null && s.delayRisk().compareTo(DelayRisk.Level.MEDIUM) >= 0).toList();
        if (atRisk.isEmpty()) {
            return null;
        }
        Instant promised = view.promise() == null ? null : view.promise().latest();
        for (ShipmentView s : atRisk) {
            if (promised != null && s.expectedBy() != null && s.expectedBy().isAfter(promised)) {
                Instant latest = Objects.requireNonNullElse(s.latestExpected(), s.expectedBy());
                return t.bannerLate(dates.range(s.expectedBy().atZone(zone), latest.atZone(zone), t));
            }
        }
        return t.bannerSlow();
    }

    /** Dates the way people write them in the page's language. */
    record Dates(Locale locale, DateTimeFormatter day, DateTimeFormatter time) {

        Dates(Locale locale) {
            this(locale, DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "EEE d. MMM" : "EEE d MMM", locale),
                    DateTimeFormatter.ofPattern("HH:mm", locale));
        }

        String moment(ZonedDateTime at) {
            return day.format(at) + ", " + time.format(at);
        }

        /** "Thu 3 Dec, 10:00 – 18:00" within a day, else "Thu 3 Dec – Sat 5 Dec". */
        String range(ZonedDateTime from, ZonedDateTime to, TrackTexts t) {
            if (from.toLocalDate().equals(to.toLocalDate())) {
                return day.format(from) + ", " + t.range(time.format(from), time.format(to));
            }
            return t.range(day.format(from), day.format(to));
        }
    }
}
