package io.waybill.application.port.in;

import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The public "where is my order?" view. Anyone holding the tracking ID may see it, so it carries vetted fields
 * only and no personal data: no name, street, phone, e-mail, receiver name, signature, photo or exact coordinates
 * (a checkpoint's position only rounded to its area, {@link #AREA_DEGREES}), no carrier free text (facility names, raw
 * texts, reasons); of the delay prediction only the estimate and the risk level, never its reasons. The rules are in
 * docs/security-privacy.md.
 */
public interface TrackOrder {

    /** The grid a checkpoint's position is rounded to: a tenth of a degree, about 11 km, the size of a town. */
    double AREA_DEGREES = 0.1;

    Optional<View> track(TrackingId trackingId);

    /**
     * {@code destinationZone}: the time zone of the delivery address (by region where a country spans several), so that
     * times read in the customer's clock; a zone is not personal data (it covers millions of people). {@code destination}:
     * the delivery address's town, only when a checkpoint of the timeline was in it (and then at that checkpoint's area),
     * else null: the page never places a town on the map that its timeline does not already name.
     */
    record View(TrackingId trackingId, OrderStatus status, String destinationCountry, DeliveryPromise promise,
            Instant deliveredAt, List<ShipmentView> shipments, List<Step> timeline, ZoneId destinationZone,
            Destination destination) {

        /** A view without a known destination town (kept for callers that have none to give). */
        public View(TrackingId trackingId, OrderStatus status, String destinationCountry, DeliveryPromise promise,
                Instant deliveredAt, List<ShipmentView> shipments, List<Step> timeline, ZoneId destinationZone) {
            this(trackingId, status, destinationCountry, promise, deliveredAt, shipments, timeline, destinationZone, null);
        }

        /** The same view with other shipments (their estimates added), everything else kept. */
        public View withShipments(List<ShipmentView> newShipments) {
            return new View(trackingId, status, destinationCountry, promise, deliveredAt, newShipments, timeline, destinationZone,
                    destination);
        }
    }

    /** The town the order goes to, at the area of a checkpoint in it ({@code area} rounded like a step's). */
    record Destination(String city, String countryCode, GeoPoint area) {
    }

    /**
     * One shipment. {@code expectedBy} and {@code latestExpected} are its delivery estimate (P50: half of similar
     * shipments arrived by then; P90: nine in ten), {@code delayRisk} its delay-risk level, all null while it has no
     * prediction. The risk's reasons are left out on purpose: they name places and times of the journey. {@code proof}:
     * what the carrier's proof of delivery is made of, null without one. {@code position}: its device's last position,
     * coarsened ({@link Approximate}), null when there is none or it may not be shown.
     */
    record ShipmentView(int number, CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, ShipmentStatus status,
            int parcels, Instant deliveredAt, Proof proof, Instant expectedBy, Instant latestExpected,
            DelayRisk.Level delayRisk, Approximate position) {

        /** A shipment without a position to show. */
        public ShipmentView(int number, CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, ShipmentStatus status,
                int parcels, Instant deliveredAt, Proof proof, Instant expectedBy, Instant latestExpected,
                DelayRisk.Level delayRisk) {
            this(number, carrier, carrierTrackingNumber, status, parcels, deliveredAt, proof, expectedBy, latestExpected,
                    delayRisk, null);
        }

        /** The same shipment with its delivery estimate and risk level. */
        public ShipmentView withEstimate(Instant p50, Instant p90, DelayRisk.Level risk) {
            return new ShipmentView(number, carrier, carrierTrackingNumber, status, parcels, deliveredAt, proof, p50, p90,
                    risk, position);
        }

        /** The same shipment with the approximate position of its device. */
        public ShipmentView withPosition(Approximate approximate) {
            return new ShipmentView(number, carrier, carrierTrackingNumber, status, parcels, deliveredAt, proof, expectedBy,
                    latestExpected, delayRisk, approximate);
        }

        public boolean proofOfDelivery() {
            return proof != null;
        }
    }

    /**
     * Where a device travelling with the shipment last reported it, coarsened: the position rounded to
     * {@link #AREA_DEGREES} (about 11 km, a town's size, never a street), the time to the minute. Only while the
     * shipment is not yet in its delivery round (before out for delivery; held only when it never went out for
     * delivery), so the driver's round and the customer's door are never shown. No device id.
     */
    record Approximate(GeoPoint area, Instant at) {
    }

    /**
     * What a proof of delivery holds, never what it says: a signature was taken, a photo, the receiver's name, the
     * place where it was handed over or left. The name, the signature, the photo and the place stay with the sender.
     */
    record Proof(boolean signature, boolean photo, boolean receiverNamed, boolean place) {
    }

    /**
     * One step of the timeline: what (the milestone and its description from Waybill's code table, never the carrier's
     * text), when (with the local offset) and where: the city only when it passed the place-name rules
     * ({@link io.waybill.domain.tracking.PlaceName}), and the country code. Facility names are carrier free text and
     * are not shown. {@code area}: the checkpoint's position rounded to {@link #AREA_DEGREES}, only for a step with a
     * shown city and never for a scan at the door (delivered, delivery attempt failed: those positions are the
     * customer's address); null otherwise.
     */
    record Step(Milestone milestone, String description, OffsetDateTime occurredAt, String city, String countryCode,
            Integer shipment, GeoPoint area) {

        /** A step without an area. */
        public Step(Milestone milestone, String description, OffsetDateTime occurredAt, String city, String countryCode,
                Integer shipment) {
            this(milestone, description, occurredAt, city, countryCode, shipment, null);
        }
    }
}
