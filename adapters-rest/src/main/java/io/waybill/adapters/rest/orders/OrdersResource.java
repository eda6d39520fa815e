package io.waybill.adapters.rest.orders;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.http.EntityTags;
import io.waybill.adapters.rest.openapi.AnswerHeaders;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.application.shared.OrderSearch;
import io.waybill.adapters.rest.orders.OrderDocuments.CancelOrderRequest;
import io.waybill.adapters.rest.orders.OrderDocuments.ConfirmOrderRequest;
import io.waybill.adapters.rest.orders.OrderDocuments.OrderPageDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.OrderResponse;
import io.waybill.adapters.rest.orders.OrderDocuments.PlaceOrderRequest;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.PlaceOrderIdempotently.Placement;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.ReadTrail;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: placed and confirmed by integrators, read by integrators and operators. */
@TenantBound
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrdersResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** On the answer to a repeat: this is the first request's answer again, with the order as it is now. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final OrderPlacement placement;
    private final ConfirmOrder confirmOrder;
    private final CancelOrder cancelOrder;
    private final GetOrder getOrder;
    private final SearchOrders searchOrders;
    private final OrderMapper mapper;
    private final WatchDelays delays;
    private final ReadTrail trails;
    private final EntityTags tags;

    OrdersResource(OrderPlacement placement, ConfirmOrder confirmOrder, CancelOrder cancelOrder, GetOrder getOrder,
            SearchOrders searchOrders, OrderMapper mapper, WatchDelays delays, ReadTrail trails, EntityTags tags) {
        this.delays = delays;
        this.trails = trails;
        this.tags = tags;
        this.placement = placement;
        this.confirmOrder = confirmOrder;
        this.cancelOrder = cancelOrder;
        this.getOrder = getOrder;
        this.searchOrders = searchOrders;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Place an order", description = "The order number is yours and unique: placing it twice answers 409.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = false, schema = @Schema(type = SchemaType.STRING,
            maxLength = 200, pattern = "^\"?[!-~]{1,200}\"?$"), description = "Your key for this request (a UUID is a good"
            + " one): sent again with the same body within 24 h, it answers the first answer again (header Idempotent-Replayed:"
            + " true) instead of placing a second order; with another body, 422. Keys are your tenant's own.")
    @APIResponse(responseCode = "201", description = "Placed (or, for a repeated Idempotency-Key, the first answer again)",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)), headers = {@Header(name = "Location", description = "The placed order", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = REPLAYED, description = "true when this answers a repeated Idempotency-Key",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))})
    @APIResponse(responseCode = "409", description = "The order number is taken, or a request with this Idempotency-Key is under way")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was sent before with another request")
    public Response place(PlaceOrderRequest request, UriInfo uri, HttpHeaders headers) {
        Placement placed = placement.place(headers.getRequestHeader(IDEMPOTENCY_KEY), request, mapper.toCommand(request));
        Order order = placed.order();
        Response.ResponseBuilder answer = Response.status(placed.status())
                .location(uri.getAbsolutePathBuilder().path(order.getId().toString()).build()).entity(mapper.toResponse(order));
        return placed.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The full view of an order: customer, lines, shipments, complete timeline, delivery estimates")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderResponse.class)), headers = {
            @Header(name = "ETag", description = AnswerHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = AnswerHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is still the order's", headers = {
            @Header(name = "ETag", description = AnswerHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = AnswerHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such order")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrderId orderId = OrderId.parse(id);
        OrderResponse order = getOrder.get(orderId).map(mapper::toResponse)
                .orElseThrow(() -> new OrderNotFoundException("with id " + orderId));
        return tags.conditional(ifNoneMatch, order.withEstimates(order.shipments().stream()
                .flatMap(s -> delays.prediction(new ShipmentId(s.id())).stream())
                .map(p -> new OrderDocuments.DeliveryEstimateDocument(p.shipmentId(), p.p50(), p.p90(), p.basis(), p.riskLevel(),
                        p.reasons(), p.asOf())).toList()).withPositions(order.shipments().stream()
                .flatMap(s -> trails.lastPosition(new ShipmentId(s.id())).stream()
                        .map(p -> new OrderDocuments.PositionDocument(s.id(), p.at(), p.position().latitude(), p.position().longitude())))
                .toList()), EntityTags.PRIVATE);
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Payment verified: confirm the order and issue its tracking ID",
            description = "Confirming again returns the same tracking ID. An order cancelled before confirmation cannot be confirmed (409).")
    @APIResponse(responseCode = "200", description = "Confirmed: the order with its tracking ID", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "The order was cancelled, or changed concurrently (send again after Retry-After)")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderResponse confirm(@PathParam("id") String id, ConfirmOrderRequest request) {
        return mapper.toResponse(confirmOrder.confirm(new ConfirmOrder.Command(OrderId.parse(id),
                request == null ? null : request.paymentReference())));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Cancel an order before it is handed to a carrier", description = "After hand-over: 409.")
    @APIResponse(responseCode = "200", description = "Cancelled: the order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "The order is already with a carrier, or changed concurrently")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderResponse cancel(@PathParam("id") String id, CancelOrderRequest request) {
        return mapper.toResponse(cancelOrder.cancel(new CancelOrder.Command(OrderId.parse(id),
                request == null ? null : request.reason())));
    }

    /** The parameters of the search; any other is refused, naming it. */
    static final List<String> SEARCH_PARAMETERS = List.of("status", "placedFrom", "placedTo", "carrier", "orderNumber", "trackingId",
            "carrierTrackingNumber", "email", "page", "size");

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Search orders by status, placement time and carrier, newest first, or look one up",
            description = "Look an order up by orderNumber, trackingId, carrierTrackingNumber (of any of its shipments) or the"
                    + " customer's email (ignoring case); each given criterion must match. An unknown parameter answers 400"
                    + " naming it.")
    @APIResponse(responseCode = "200", description = "One page of orders, newest first", content = @Content(schema = @Schema(implementation = OrderPageDocument.class)))
    public OrderPageDocument search(@QueryParam("status") List<String> statuses, @QueryParam("placedFrom") String placedFrom,
            @QueryParam("placedTo") String placedTo, @QueryParam("carrier") String carrier,
            @QueryParam("orderNumber") String orderNumber, @QueryParam("trackingId") String trackingId,
            @QueryParam("carrierTrackingNumber") String carrierTrackingNumber, @QueryParam("email") String email,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size,
            @Context UriInfo uri) {
        RequestValues.onlyKnownParameters(uri, SEARCH_PARAMETERS);
        Set<OrderStatus> wanted = new HashSet<>();
        for (String s : statuses) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    wanted.add(status(part.strip()));
                }
            }
        }
        OrderSearch.Lookup lookup = new OrderSearch.Lookup(orderNumber,
                blank(trackingId) ? null : TrackingId.parse(trackingId),
                blank(carrierTrackingNumber) ? null : new CarrierTrackingNumber(carrierTrackingNumber), email);
        return mapper.toDocument(searchOrders.search(new OrderSearch.Query(wanted, RequestValues.optionalInstant("placedFrom", placedFrom),
                RequestValues.optionalInstant("placedTo", placedTo), blank(carrier) ? null : new CarrierCode(carrier),
                number("page", page), number("size", size), lookup)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static OrderStatus status(String text) {
        try {
            return OrderStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", InvalidValueException.quote(text) + " is not one of " + Arrays.toString(OrderStatus.values()));
        }
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not a whole number");
        }
    }

}
