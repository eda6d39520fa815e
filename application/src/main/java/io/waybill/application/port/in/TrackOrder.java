package io.waybill.application.port.in;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The public "where is my order?" view. Anyone holding the tracking ID may see it, so it carries no
 * personal data: no name, street, phone, e-mail, receiver name, signature, photo or coordinates.
 */
public interface TrackOrder {

    Optional<View> track(TrackingId trackingId);

    record View(TrackingId trackingId, OrderStatus status, String destinationCountry, DeliveryPromise promise,
            Instant deliveredAt, List<ShipmentView> shipments, List<Step> timeline) {
    }

    record ShipmentView(int number, CarrierCode carrier, CarrierTrackingNumber carrierTrackingNumber, ShipmentStatus status,
            int parcels, Instant deliveredAt, boolean proofOfDelivery) {
    }

    /** One step of the timeline: what, when (with the local offset), where (facility, city and country only). */
    record Step(Milestone milestone, String description, OffsetDateTime occurredAt, String facility, String city,
            String countryCode, Integer shipment) {
    }
}
