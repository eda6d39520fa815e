package io.waybill.adapters.rest.tracking;

import io.waybill.adapters.rest.tracking.TrackingDocuments.ApproximatePosition;
import io.waybill.adapters.rest.tracking.TrackingDocuments.ShipmentView;
import io.waybill.adapters.rest.tracking.TrackingDocuments.Step;
import io.waybill.adapters.rest.tracking.TrackingDocuments.TrackingView;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.TrackingId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the application's public view to its JSON document. */
@Mapper
interface TrackingMapper {

    @Mapping(target = "destinationCountry", source = "destinationCountry")
    @Mapping(target = "promisedEarliest", source = "promise.earliest")
    @Mapping(target = "promisedLatest", source = "promise.latest")
    TrackingView toDocument(TrackOrder.View view);

    @Mapping(target = "proofOfDelivery", expression = "java(shipment.proofOfDelivery())")
    @Mapping(target = "approximatePosition", source = "position")
    ShipmentView toDocument(TrackOrder.ShipmentView shipment);

    default ApproximatePosition toDocument(TrackOrder.Approximate position) {
        return position == null ? null
                : new ApproximatePosition(position.area().latitude(), position.area().longitude(), position.at());
    }

    Step toDocument(TrackOrder.Step step);

    default String text(TrackingId id) {
        return id.formatted();
    }

    default String text(CarrierCode code) {
        return code.value();
    }

    default String text(CarrierTrackingNumber number) {
        return number.value();
    }
}
