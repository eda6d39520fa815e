package io.waybill.adapters.persistence.orders;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.Sku;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.ZoneOffset;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps domain values to entities and back; value-object conversions are the default methods. */
@Mapper
interface PersistenceMapper {

    CustomerEmbeddable toEntity(Customer customer);

    Customer toDomain(CustomerEmbeddable customer);

    AddressEmbeddable toEntity(DeliveryAddress address);

    DeliveryAddress toDomain(AddressEmbeddable address);

    LineEmbeddable toEntity(OrderLine line);

    OrderLine toDomain(LineEmbeddable line);

    List<LineEmbeddable> toLineEntities(List<OrderLine> lines);

    List<OrderLine> toLines(List<LineEmbeddable> lines);

    ParcelEmbeddable toEntity(Parcel parcel);

    Parcel toDomain(ParcelEmbeddable parcel);

    List<ParcelEmbeddable> toParcelEntities(List<Parcel> parcels);

    List<Parcel> toParcels(List<ParcelEmbeddable> parcels);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "orderId", ignore = true)
    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "shipmentId", ignore = true)
    @Mapping(target = "sourceType", source = "key.source.type")
    @Mapping(target = "sourceName", source = "key.source.name")
    @Mapping(target = "sourceEventId", source = "key.sourceEventId")
    @Mapping(target = "occurredAt", expression = "java(event.occurredAt().toInstant())")
    @Mapping(target = "occurredOffsetSeconds", expression = "java(event.occurredAt().getOffset().getTotalSeconds())")
    @Mapping(target = "facility", source = "location.facility")
    @Mapping(target = "city", source = "location.city")
    @Mapping(target = "countryCode", source = "location.countryCode")
    @Mapping(target = "latitude", source = "location.position.latitude")
    @Mapping(target = "longitude", source = "location.position.longitude")
    @Mapping(target = "podReceivedBy", source = "proofOfDelivery.receivedBy")
    @Mapping(target = "podSignatureRef", source = "proofOfDelivery.signatureRef")
    @Mapping(target = "podPhotoRef", source = "proofOfDelivery.photoRef")
    @Mapping(target = "podLatitude", source = "proofOfDelivery.position.latitude")
    @Mapping(target = "podLongitude", source = "proofOfDelivery.position.longitude")
    @Mapping(target = "retractedAt", ignore = true)
    @Mapping(target = "retractionReason", ignore = true)
    TrackingEventEntity toEntity(TrackingEvent event);

    default TrackingEvent toDomain(TrackingEventEntity e) {
        GeoPoint position = point(e.latitude, e.longitude);
        Location location = e.facility == null && e.city == null && e.countryCode == null && position == null
                ? null : new Location(e.facility, e.city, e.countryCode, position);
        GeoPoint podPosition = point(e.podLatitude, e.podLongitude);
        ProofOfDelivery pod = e.podReceivedBy == null && e.podSignatureRef == null && e.podPhotoRef == null && podPosition == null
                ? null : new ProofOfDelivery(e.podReceivedBy, e.podSignatureRef, e.podPhotoRef, podPosition);
        return new TrackingEvent(
                new EventKey(new EventSource(SourceType.valueOf(e.sourceType), e.sourceName), e.sourceEventId),
                Milestone.valueOf(e.milestone), e.rawCode, e.rawText, e.reason,
                e.occurredAt.atOffset(ZoneOffset.ofTotalSeconds(e.occurredOffsetSeconds)), e.receivedAt, location, pod);
    }

    default PackingManifest toManifest(ShipmentEntity s) {
        return new PackingManifest(new CarrierCode(s.carrier), new CarrierTrackingNumber(s.carrierTrackingNumber),
                toParcels(s.parcels), toLines(s.lines), ServiceLevel.orStandard(s.service));
    }

    private static GeoPoint point(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    default String sku(Sku sku) {
        return sku == null ? null : sku.value();
    }

    default Sku sku(String sku) {
        return sku == null ? null : new Sku(sku);
    }
}
