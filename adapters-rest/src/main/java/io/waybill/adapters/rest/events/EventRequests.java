package io.waybill.adapters.rest.events;

import io.waybill.adapters.rest.events.EventDocuments.ManifestDocument;
import io.waybill.adapters.rest.events.EventDocuments.TrackingEventDocument;
import io.waybill.adapters.rest.events.EventDocuments.WarehouseEventDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.LocationDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ProofOfDeliveryDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.SourceDocument;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.Sku;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;

/** Turns ingestion documents into commands; every refusal names the field. */
final class EventRequests {

    private EventRequests() {
    }

    static RecordWarehouseEvents.Event warehouse(WarehouseEventDocument d, Instant receivedAt) {
        SourceType type = d.source() == null || d.source().type() == null ? SourceType.WMS : sourceType(d.source().type());
        TrackingEvent event = event(type, d.source(), d.sourceEventId(), d.milestone(), d.rawCode(), d.rawText(), d.reason(),
                d.occurredAt(), receivedAt, d.location(), null);
        PackingManifest manifest = d.shipment() == null ? null : manifest(d.shipment());
        if (event.milestone() == Milestone.PACKED && manifest == null) {
            throw new InvalidValueException("shipment", "a PACKED event names the shipment: carrier, carrierTrackingNumber, parcels, lines");
        }
        if (event.milestone() != Milestone.PACKED && manifest != null) {
            throw new InvalidValueException("shipment", "only a PACKED event carries a shipment");
        }
        return new RecordWarehouseEvents.Event(d.orderId() == null ? null : new OrderId(d.orderId()), d.orderNumber(), event, manifest);
    }

    static RecordTrackingEvents.Event tracking(TrackingEventDocument d, Instant receivedAt) {
        if (d.source() == null) {
            throw new InvalidValueException("source", "is required: {\"type\": \"CARRIER\" or \"DEVICE\", \"name\": \"ups\"}");
        }
        SourceType type = sourceType(d.source().type());
        if (type != SourceType.CARRIER && type != SourceType.DEVICE) {
            throw new InvalidValueException("source.type", "tracking events come from a CARRIER or a DEVICE");
        }
        TrackingEvent event = event(type, d.source(), d.sourceEventId(), d.milestone(), d.rawCode(), d.rawText(), d.reason(),
                d.occurredAt(), receivedAt, d.location(), proof(d.proofOfDelivery()));
        if (event.derived()) {
            throw new InvalidValueException("source.name", "DEVICE/geofence is Waybill's own: the steps it derives from positions");
        }
        return new RecordTrackingEvents.Event(d.trackingId() == null ? null : TrackingId.parse(d.trackingId()),
                d.carrier() == null ? null : new CarrierCode(d.carrier()),
                d.carrierTrackingNumber() == null ? null : new CarrierTrackingNumber(d.carrierTrackingNumber()), event);
    }

    private static TrackingEvent event(SourceType type, SourceDocument source, String sourceEventId, String milestone,
            String rawCode, String rawText, String reason, OffsetDateTime occurredAt, Instant receivedAt,
            LocationDocument location, ProofOfDelivery proof) {
        String name = source == null ? null : source.name();
        return new TrackingEvent(new EventKey(new EventSource(type, name), sourceEventId), milestone(milestone), rawCode, rawText,
                reason, InvalidValueException.required(occurredAt, "occurredAt"), receivedAt, location(location), proof);
    }

    static Milestone milestone(String text) {
        InvalidValueException.requiredText(text, "milestone", 64);
        try {
            return Milestone.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("milestone", InvalidValueException.quote(text) + " is not one of " + Arrays.toString(Milestone.values()));
        }
    }

    private static SourceType sourceType(String text) {
        InvalidValueException.requiredText(text, "source.type", 16);
        try {
            return SourceType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("source.type", InvalidValueException.quote(text) + " is not one of " + Arrays.toString(SourceType.values()));
        }
    }

    private static Location location(LocationDocument d) {
        if (d == null) {
            return null;
        }
        return new Location(d.facility(), d.city(), d.countryCode(), point("location", d.latitude(), d.longitude()));
    }

    private static ProofOfDelivery proof(ProofOfDeliveryDocument d) {
        if (d == null) {
            return null;
        }
        return new ProofOfDelivery(d.receivedBy(), d.signatureRef(), d.photoRef(), point("proofOfDelivery", d.latitude(), d.longitude()));
    }

    private static GeoPoint point(String field, Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new InvalidValueException(field, "give both latitude and longitude, or neither");
        }
        return new GeoPoint(latitude, longitude);
    }

    private static PackingManifest manifest(ManifestDocument d) {
        return new PackingManifest(new CarrierCode(d.carrier()), new CarrierTrackingNumber(d.carrierTrackingNumber()),
                InvalidValueException.required(d.parcels(), "shipment.parcels").stream()
                        .map(p -> new Parcel(InvalidValueException.required(p, "shipment.parcels[]").barcode(), p.epc())).toList(),
                InvalidValueException.required(d.lines(), "shipment.lines").stream()
                        .map(l -> new OrderLine(new Sku(InvalidValueException.required(l, "shipment.lines[]").sku()),
                                InvalidValueException.required(l.quantity(), "shipment.lines[].quantity"))).toList(),
                service(d.service()));
    }

    private static ServiceLevel service(String service) {
        try {
            return ServiceLevel.orStandard(service);
        } catch (InvalidValueException e) {
            throw e.within("shipment");
        }
    }
}
