package io.waybill.adapters.rest.orders;

import io.waybill.adapters.rest.orders.OrderDocuments.AddressDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.CustomerDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.LineDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.LocationDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.OrderPageDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.OrderResponse;
import io.waybill.adapters.rest.orders.OrderDocuments.OrderSummaryDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ParcelDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.PlaceOrderRequest;
import io.waybill.adapters.rest.orders.OrderDocuments.PromiseDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ProofOfDeliveryDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ShipmentDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.SourceDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.TimelineDocument;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.shared.OrderSearch;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.Sku;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingId;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps between the orders API's documents and the domain. */
@Mapper
public interface OrderMapper {

    CustomerDocument toDocument(Customer customer);

    AddressDocument toDocument(DeliveryAddress address);

    LineDocument toDocument(OrderLine line);

    PromiseDocument toDocument(DeliveryPromise promise);

    ParcelDocument toDocument(Parcel parcel);

    SourceDocument toDocument(EventSource source);

    @Mapping(target = "latitude", source = "position.latitude")
    @Mapping(target = "longitude", source = "position.longitude")
    LocationDocument toDocument(Location location);

    @Mapping(target = "latitude", source = "position.latitude")
    @Mapping(target = "longitude", source = "position.longitude")
    ProofOfDeliveryDocument toDocument(ProofOfDelivery proof);

    default ShipmentDocument toDocument(Shipment s) {
        return new ShipmentDocument(s.getId().value(), s.carrier().value(), s.carrierTrackingNumber().value(), s.service().code(),
                s.status().name(), s.statusReason(), s.manifest().parcels().stream().map(this::toDocument).toList(),
                s.manifest().lines().stream().map(this::toDocument).toList(), s.lastEventAt(), s.deliveredAt(),
                s.proofOfDelivery() == null ? null : toDocument(s.proofOfDelivery()));
    }

    @Mapping(target = "milestone", source = "entry.event.milestone")
    @Mapping(target = "rawCode", source = "entry.event.rawCode")
    @Mapping(target = "rawText", source = "entry.event.rawText")
    @Mapping(target = "reason", source = "entry.event.reason")
    @Mapping(target = "occurredAt", source = "entry.event.occurredAt")
    @Mapping(target = "receivedAt", source = "entry.event.receivedAt")
    @Mapping(target = "location", source = "entry.event.location")
    @Mapping(target = "source", source = "entry.event.key.source")
    @Mapping(target = "sourceEventId", source = "entry.event.key.sourceEventId")
    @Mapping(target = "shipmentId", source = "entry.shipment")
    @Mapping(target = "derived", expression = "java(item.entry().event().derived())")
    @Mapping(target = "retracted", expression = "java(item.entry().retracted())")
    @Mapping(target = "retractedAt", source = "entry.retraction.at")
    TimelineDocument toDocument(TimelineItem item);

    default OrderResponse toResponse(Order order) {
        return new OrderResponse(order.getId().value(), order.orderNumber(), order.trackingId().map(TrackingId::formatted).orElse(null),
                order.status().name(), order.statusReason(), order.placedAt(), toDocument(order.customer()),
                toDocument(order.address()), order.lines().stream().map(this::toDocument).toList(),
                order.promise().map(this::toDocument).orElse(null), order.shipments().stream().map(this::toDocument).toList(),
                order.timeline().stream().map(this::toDocument).toList(), List.of(), List.of());
    }

    default OrderPageDocument toDocument(OrderSearch.Page page) {
        return new OrderPageDocument(page.items().stream().map(s -> new OrderSummaryDocument(s.id().value(), s.orderNumber(),
                s.trackingId() == null ? null : s.trackingId().formatted(), s.status().name(), s.placedAt(),
                s.carriers().stream().map(CarrierCode::value).toList())).toList(), page.page(), page.size(), page.total());
    }

    default PlaceOrder.Command toCommand(PlaceOrderRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send the order as a JSON object");
        }
        CustomerDocument c = InvalidValueException.required(request.customer(), "customer");
        AddressDocument a = InvalidValueException.required(request.address(), "address");
        List<LineDocument> lines = InvalidValueException.required(request.lines(), "lines");
        return new PlaceOrder.Command(request.orderNumber(), new Customer(c.name(), c.email(), c.phone()),
                new DeliveryAddress(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.countryCode()),
                lines.stream().map(this::toLine).toList(),
                request.promisedDelivery() == null ? null
                        : new DeliveryPromise(request.promisedDelivery().earliest(), request.promisedDelivery().latest()));
    }

    default OrderLine toLine(LineDocument line) {
        InvalidValueException.required(line, "lines[]");
        return new OrderLine(new Sku(line.sku()), InvalidValueException.required(line.quantity(), "quantity"));
    }

    default String text(Sku sku) {
        return sku.value();
    }

    default String text(CarrierCode code) {
        return code.value();
    }

    default String text(CarrierTrackingNumber number) {
        return number.value();
    }

    default UUID uuid(ShipmentId id) {
        return id == null ? null : id.value();
    }

    default UUID uuid(OrderId id) {
        return id == null ? null : id.value();
    }

}
