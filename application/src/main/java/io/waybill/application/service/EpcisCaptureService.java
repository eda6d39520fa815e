package io.waybill.application.service;

import io.waybill.application.port.in.CaptureEpcis;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RetractTrackingEvents;
import io.waybill.application.port.in.RetractTrackingEvents.Retraction;
import io.waybill.application.port.out.EpcisArchive;
import io.waybill.application.port.out.EpcisDocuments;
import io.waybill.application.port.out.ParcelLookup;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisQuery;
import io.waybill.application.shared.EpcisCaptureJob;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * EPCIS capture: archive the events, keep pallets' contents (AggregationEvents), and turn ObjectEvents on packed
 * parcels, or on a pallet holding them, into timeline steps of their shipments (source {@code DEVICE/epcis}). The
 * business step says which step ({@link #milestone}); an event whose step says nothing about where a parcel is
 * (inspecting, say) is archived only. A step is keyed by the event and its shipment, so capturing a document twice
 * changes nothing, and events in any order end in the same timeline. The sensor reports of any event on such parcels
 * become readings of data loggers bound to those shipments ({@link EpcisSensorReadings}). An error declaration takes
 * back the steps its event made, whichever came first: an event declared wrong before it arrives makes none, and one
 * that made steps before has them retracted ({@link #retractions(List)}). An aggregation onto a vehicle or container
 * (a GIAI or GRAI parent) loads its parcels' shipments onto it ({@link EpcisVehicleLoads}).
 */
public class EpcisCaptureService implements CaptureEpcis {

    private static final EventSource SOURCE = new EventSource(SourceType.DEVICE, "epcis");

    private final EpcisDocuments documents;
    private final EpcisArchive archive;
    private final ParcelLookup parcels;
    private final RecordTrackingEvents timeline;
    private final RetractTrackingEvents retractions;
    private final EpcisSensorReadings sensors;
    private final EpcisVehicleLoads loads;
    private final Clock clock;

    public EpcisCaptureService(EpcisDocuments documents, EpcisArchive archive, ParcelLookup parcels, RecordTrackingEvents timeline,
            RetractTrackingEvents retractions, ManageDevices devices, RecordReadings readings, Shipments shipments, Clock clock) {
        this(documents, archive, parcels, timeline, retractions, devices, readings, shipments, null, clock);
    }

    /** @param vehicles where aggregations onto a vehicle or container load its parcels (null: they are only archived) */
    public EpcisCaptureService(EpcisDocuments documents, EpcisArchive archive, ParcelLookup parcels, RecordTrackingEvents timeline,
            RetractTrackingEvents retractions, ManageDevices devices, RecordReadings readings, Shipments shipments,
            ManageVehicles vehicles, Clock clock) {
        this.loads = vehicles == null ? null : new EpcisVehicleLoads(vehicles, shipments);
        this.documents = documents;
        this.archive = archive;
        this.parcels = parcels;
        this.timeline = timeline;
        this.retractions = retractions;
        this.sensors = new EpcisSensorReadings(devices, readings, shipments);
        this.clock = clock;
    }

    @Override
    public EpcisCaptureJob capture(InputStream document, boolean proceed) {
        Instant created = clock.instant();
        EpcisDocuments.Parsed parsed = documents.read(document);
        List<String> errors = new ArrayList<>();
        parsed.problems().forEach((index, problems) -> problems.forEach(p -> errors.add("event " + index + ": " + p)));
        List<CapturedEvent> capturable = new ArrayList<>();
        Map<CapturedEvent, Integer> indexes = new IdentityHashMap<>();
        parsed.positions().forEach((index, place) -> {
            if (!parsed.problems().containsKey(index)) {
                capturable.add(parsed.events().get(place));
                indexes.put(parsed.events().get(place), index);
            }
        });
        String behaviour = proceed ? "proceed" : "rollback";
        if (!errors.isEmpty() && !proceed) {
            return saved(new EpcisCaptureJob(UUID.randomUUID(), created, clock.instant(), behaviour, false, 0, 0, 0, 0, errors,
                    List.of()));
        }
        Set<String> fresh = archive.store(capturable, created);
        for (CapturedEvent e : capturable) {
            if (e.type().equals("AggregationEvent") && e.parentId() != null) {
                if ("DELETE".equals(e.action())) {
                    archive.unpack(e.parentId(), e.childEpcs(), e.eventTime());
                } else {
                    archive.pack(e.parentId(), e.childEpcs(), e.eventTime());
                }
            }
        }
        // an event declared wrong makes no step and no readings, whether its declaration came before it or with it
        Set<String> declared = archive.declaredWrong(capturable.stream().map(CapturedEvent::eventId).toList());
        List<CapturedEvent> standing = capturable.stream().filter(e -> !declared.contains(e.eventId())).toList();
        int onTimelines = steps(standing, created);
        List<Retraction> declaredSteps = retractions(capturable);
        if (!declaredSteps.isEmpty()) {
            retractions.retract(declaredSteps);
        }
        EpcisSensorReadings.Tally tally = new EpcisSensorReadings.Tally();
        if (loads != null) { // onto a vehicle or off it, in the order they happened
            standing.stream().filter(e -> e.type().equals("AggregationEvent"))
                    .sorted(Comparator.comparing(CapturedEvent::eventTime))
                    .forEach(e -> loads.apply("event " + indexes.get(e), e, shipmentsOf(e), tally.warnings));
        }
        for (CapturedEvent e : standing) {
            if (!e.sensorReadings().isEmpty() || !e.ignoredSensorReports().isEmpty()) {
                sensors.record("event " + indexes.get(e), e, shipmentsOf(e), tally);
            }
        }
        return saved(new EpcisCaptureJob(UUID.randomUUID(), created, clock.instant(), behaviour, errors.isEmpty(), capturable.size(),
                capturable.size() - fresh.size(), onTimelines, tally.stored, errors, tally.warnings));
    }

    @Override
    public Optional<EpcisCaptureJob> job(UUID id) {
        return archive.job(id);
    }

    @Override
    public List<CapturedEvent> query(EpcisQuery query) {
        return archive.query(query);
    }

    /**
     * Where a business step (CBV 2.0) puts a parcel: shipping hands it to the carrier; the steps of a journey (loading,
     * departing, arriving, receiving at a hub, …) say it is on its way; holding holds it. A stolen one is lost.
     */
    static Milestone milestone(String bizStep, String disposition) {
        if ("stolen".equals(disposition)) {
            return Milestone.LOST;
        }
        if (bizStep == null) {
            return null;
        }
        return switch (bizStep) {
            case "shipping" -> Milestone.HANDED_OVER;
            case "loading", "departing", "transporting", "arriving", "unloading", "receiving", "accepting", "cross_docking",
                    "staging_outbound", "storing" -> Milestone.IN_TRANSIT;
            case "holding" -> Milestone.HELD;
            default -> null;
        };
    }

    private int steps(List<CapturedEvent> events, Instant receivedAt) {
        List<RecordTrackingEvents.Event> steps = new ArrayList<>();
        for (CapturedEvent e : events) {
            Milestone milestone = milestone(e.bizStep(), e.disposition());
            if (!e.type().equals("ObjectEvent") || milestone == null || "DELETE".equals(e.action()) || e.errorDeclaredAt() != null) {
                continue;
            }
            Set<CarrierReference> shipments = shipmentsOf(e);
            ZoneOffset offset = e.eventTimeZoneOffset() == null ? ZoneOffset.UTC : e.eventTimeZoneOffset();
            String where = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
            for (CarrierReference s : shipments) {
                TrackingEvent step = new TrackingEvent(new EventKey(SOURCE, key(e.eventId(), s)), milestone, e.bizStep(),
                        e.disposition(), null, e.eventTime().atOffset(offset), receivedAt,
                        where == null ? null : new Location(where.length() > 128 ? where.substring(0, 128) : where, null, null, null),
                        null);
                steps.add(new RecordTrackingEvents.Event(null, s.carrier(), s.trackingNumber(), step));
            }
        }
        if (steps.isEmpty()) {
            return 0;
        }
        return (int) timeline.recordTracking(steps).stream().filter(o -> o.result() != EventOutcome.Result.REJECTED).count();
    }

    /**
     * The steps the declared events made, to be taken back: an error declaration repeats its event (the same event ID,
     * EPCs and time), so its steps have the keys the event's steps were recorded with. A step never made (the
     * declaration came first) or taken back before is no one's, and the retraction changes nothing.
     */
    private List<Retraction> retractions(List<CapturedEvent> events) {
        List<Retraction> declared = new ArrayList<>();
        for (CapturedEvent e : events) {
            if (e.errorDeclaredAt() == null || !e.type().equals("ObjectEvent") || milestone(e.bizStep(), e.disposition()) == null
                    || "DELETE".equals(e.action())) {
                continue;
            }
            String reason = reason(e.errorReason());
            for (CarrierReference s : shipmentsOf(e)) {
                declared.add(new Retraction(new EventKey(SOURCE, key(e.eventId(), s)), e.errorDeclaredAt(), reason));
            }
        }
        return declared;
    }

    /** What the timeline says of a step taken back: the declaration's reason (a CBV error reason) as sent, if any. */
    static String reason(String errorReason) {
        String said = errorReason == null ? "" : errorReason.replaceAll("\\p{Cntrl}", " ").strip();
        String reason = said.isEmpty() ? "declared wrong by EPCIS" : "declared wrong by EPCIS (" + said + ")";
        return reason.length() <= TimelineEntry.Retraction.MAX_REASON ? reason
                : reason.substring(0, TimelineEntry.Retraction.MAX_REASON - 2) + "…)";
    }

    /** The shipments whose parcels the event names, or a pallet holding them at the event's time. */
    private Set<CarrierReference> shipmentsOf(CapturedEvent e) {
        Set<String> codes = new LinkedHashSet<>(e.parcelCodes());
        for (List<String> children : archive.contents(e.epcs(), e.eventTime()).values()) {
            codes.addAll(children); // an event on a pallet is an event on every parcel on it then
        }
        return new LinkedHashSet<>(parcels.shipmentsOf(codes).values());
    }

    /** One event's step on one shipment: the same for the same event and shipment, whenever captured. */
    private static String key(String eventId, CarrierReference shipment) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((eventId + "|" + shipment.carrier().value() + "|"
                    + shipment.trackingNumber().value()).getBytes(StandardCharsets.UTF_8));
            return "epcis-" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private EpcisCaptureJob saved(EpcisCaptureJob job) {
        archive.save(job);
        return job;
    }
}
